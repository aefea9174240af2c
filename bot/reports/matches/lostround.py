"""`reached the final in 2008 but were beaten 5-0 on aggregate`, `erreichte 2008 das
Finale, verlor dort aber`: a round a side reached and then lost is the round the result
was played in, not the one before it."""

from __future__ import annotations

import re

_LOST_THERE = re.compile(
    r"[^.;:]{0,40}?\b(?:but|only to|where they|where it)\s+(?:were\s+|was\s+)?(?:beaten|lost|"
    r"lose|went down|defeated)\b|[^.;:]{0,40}?\b(?:verlor|verloren|unterlag|unterlagen)\s+"
    r"(?:dort|da|dann|aber)\b",
    re.I,
)


def lost_there(text: str, end: int) -> bool:
    """Whether the round named just before `end` is said to be lost right after it."""
    return _LOST_THERE.match(text, end) is not None
