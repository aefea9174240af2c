"""A penalty named in one clause and put away in the next ("the referee pointed to the
spot, and X converted"): the goal clause alone does not say it was a penalty."""

from __future__ import annotations

import re

from bot.reports import goalcues

_CONVERTED = re.compile(
    r"\b(?:converted|dispatched|stroked (?:it|the ball) home|made no mistake|verwandelte|"
    r"verwandelt|versenkte|blieb cool|behielt die Nerven)\b",
    re.I,
)
_REBOUND = re.compile(r"\b(?:rebound|follow-up|Nachschuss|Abpraller|nachsetzte)", re.I)


def awarded_before(before: str, clause: str, lang: str) -> bool:
    """Whether `clause` puts away a kick that `before` (the sentence up to it) awards,
    with no save or rebound in between that would make the goal an open-play one."""
    if not _CONVERTED.search(clause) or _REBOUND.search(clause):
        return False
    return bool(goalcues.PENALTY[lang].search(before)) and not (
        goalcues.MISS[lang].search(before) or _REBOUND.search(before)
    )
