"""A penalty named in one clause and put away in the next ("the referee pointed to the
spot, and X converted"): the goal clause alone does not say it was a penalty."""

from __future__ import annotations

import re

from bot.reports.goals import cues as goalcues

_CONVERTED = re.compile(
    r"\b(?:converted|dispatched|stroked (?:it|the ball) home|made no mistake|verwandelte|"
    r"verwandelt|versenkte|blieb cool|behielt die Nerven)\b",
    re.I,
)
_REBOUND = re.compile(r"\b(?:rebound|follow-up|Nachschuss|Abpraller|nachsetzte)", re.I)


_CONVERTED_KEYS = (
    "convert",
    "dispatched",
    "stroked",
    "made no mistake",
    "verwandel",
    "versenkte",
    "blieb cool",
    "behielt die nerven",
)


def _may_convert(text: str) -> bool:
    """Whether `_CONVERTED` can match: each of its matches holds one of its keys, or one
    of the letters re.I matches to i or s that lower() does not turn into them."""
    low = text.lower()
    for key in _CONVERTED_KEYS:  # a plain loop: asked for every goal clause
        if key in low:
            return True
    return "İ" in text or "ı" in text or "ſ" in text


def awarded_before(before: str, clause: str, lang: str) -> bool:
    """Whether `clause` puts away a kick that `before` (the sentence up to it) awards,
    with no save or rebound in between that would make the goal an open-play one."""
    if not _may_convert(clause) or not _CONVERTED.search(clause) or _REBOUND.search(clause):
        return False
    return bool(goalcues.PENALTY[lang].search(before)) and not (
        goalcues.MISS[lang].search(before) or _REBOUND.search(before)
    )


_FOUL = re.compile(
    r"\b(?:brought down|fouled|tripped|felled|hauled down|upended|gefoult|zu Fall gebracht|"
    r"umgerissen|handball|Handspiel|Foulspiel|Foul)\b",
    re.I,
)


def converted_after_foul(text: str, minute, clause: str, lang: str) -> bool:
    """`Giroud was brought down five minutes after that. Hazard converted the penalty`:
    the time told with the foul is the penalty's, whoever puts it away next."""
    if not _may_convert(clause) or not _CONVERTED.search(clause):
        return False
    if not goalcues.PENALTY[lang].search(clause):
        return False
    return bool(_FOUL.search(text, max(0, minute.start - 80), minute.end + 60))


_IT = re.compile(
    r"\b(?:converted|dispatched|put away|slotted home|tucked away|verwandelte|versenkte)\s+"
    r"(?:it|ihn)\b",
    re.I,
)


def converted_it(previous: str, clause: str, lang: str) -> bool:
    """`The Americans were rewarded with a penalty after a foul on Ching. Donovan converted
    it in the 62nd minute`: `it` is the kick the sentence before awards."""
    if "it" not in clause and "ihn" not in clause or not _IT.search(clause):
        return False
    return bool(goalcues.PENALTY[lang].search(previous)) and not (
        goalcues.MISS[lang].search(previous) or _REBOUND.search(previous)
    )
