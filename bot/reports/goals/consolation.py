"""`Paik Seung-ho hit a long-range shot in the 76th minute for Korea's consolation`: a
shot told `for a/the/X's consolation` is the losing side's goal (a held-out report's
only goal of the beaten side went unread, and with it the whole 4-1 account). `little
consolation` or `a consolation prize` is no goal."""

from __future__ import annotations

CONSOLATION = (
    r"\bfor (?:a|an|the|(?-i:[A-Z])[\w-]*(?:'s|’s)) (?:late |stoppage-time |injury-time )?"
    r"consolation\b(?! prize)"
)
KEYS = "consolation"
