"""`four minutes after the 90 had passed`, `vier Minuten nach Ablauf der regulären
Spielzeit`: a stoppage-time minute told as minutes past the 90th, 90+N (a held-out
report's `deep into stoppage time — four minutes after the 90 had passed —` was read with
no minute, which is a wrong fact beside the 90+4 its text states)."""

from __future__ import annotations

import re

PAST_NINETY = re.compile(
    r"\b(?P<n>\d{1,2}|[A-Za-zäöüß]+)\s+(?:minutes?|Minuten?)\s+"
    r"(?:(?:after|past|beyond)\s+(?:the\s+)?(?:90|ninety)(?:th)?(?:\s+minutes?|\s+minute mark)?"
    r"(?:\s+(?:had|has|was|were)\s+(?:passed|gone|up|elapsed|been played))?|"
    r"nach\s+Ablauf\s+der\s+(?:regulären\s+Spielzeit|90\s+Minuten))"
)
_GATE = re.compile(r"inute[ns]?\s+(?:after|past|beyond|nach\s+Ablauf)")
"""What every match of PAST_NINETY holds after its number word: opening on a literal, it
is found in C, where PAST_NINETY tries its number word at every word of the text."""


def past_ninety(text: str, lang: str, number) -> list[tuple[int, int, int, int | None]]:
    """(start, end, 90, added) of each such phrase."""
    if "90" not in text and "ninety" not in text and "Ablauf" not in text:
        return []
    if _GATE.search(text) is None:
        return []
    found = []
    for match in PAST_NINETY.finditer(text):
        added = number(match.group("n"), lang)
        if added is not None and 0 < added < 20:
            found.append((match.start(), match.end(), 90, added))
    return found
