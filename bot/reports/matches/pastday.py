"""Whether a weekday told with a first leg is that leg's own day, counted back from the
dateline (a bare weekday in a first leg's sentence may be the return's, or a day of another
week)."""

from __future__ import annotations

import re
from datetime import date

_PAST_WEEKDAY = re.compile(
    r"(?:am |on |vom )?(?:last|previous|vergangenen|letzten|vorigen)\s", re.IGNORECASE
)
"""`am vergangenen Donnerstag`, `last Thursday`: a day the text itself puts in the past,
counted from the dateline; kept for a first leg, unlike a bare weekday."""
_DAYS_LEG = re.compile(r"[A-Z][a-z]+day['’]s\s+(?:first|opening)[- ]leg\b")
"""`Leeds had won Saturday's first leg 1-0`: the day is the first leg's own."""
FIRST_LEGS_DAY = re.compile(r"\b(?:Hinspiel|first leg)\s+$", re.I)
"""`nach dem 1:0 im Hinspiel vom vergangenen Donnerstag`: that day is the first leg's."""


def plainly_past(text: str, offset: int, value: str, published: str | None) -> bool:
    """`am vergangenen Donnerstag`, `Saturday's first leg` three or more days before the
    dateline; nearer, `last Tuesday` may as well mean the week before."""
    if not published or len(published) != 10:
        return False
    if not (_PAST_WEEKDAY.match(text, offset) or _DAYS_LEG.match(text, offset)):
        return False  # a bare `das Hinspiel am Samstag` stays unstated: legs may be weeks apart
    return (date.fromisoformat(published) - date.fromisoformat(value)).days >= 3
