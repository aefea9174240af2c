"""`nach Doppelpass mit Wimmer zum 3:0 traf`, `after a one-two with Olmo to make it 2-0`:
the one a scorer combined with is his partner, not the doer, though a goal word follows
his name (a held-out feature gave Müller's 58th-minute goal to Wimmer so)."""

from __future__ import annotations

import re

PARTNER = re.compile(
    r"\b(?:(?:Doppelpass|Zusammenspiel|Kombination|Kurzpass-?spiel|Ballstafette)|"
    r"(?:one-two|give-and-go|wall pass|exchange of passes|interplay|combination|link-up)"
    r"|(?:exchanged passes|combined|linked up|played a one-two))"
    r"\s+(?:\w+\s+){0,2}?(?:mit|with)\s+$",
    re.I,
)


def combined_with(text: str, start: int) -> bool:
    """The name at `start` follows `Doppelpass mit`, `a one-two with` and the like."""
    near = text[max(0, start - 6) : start]
    if "mit" not in near and "with" not in near:
        return False
    return PARTNER.search(text, max(0, start - 60), start) is not None
