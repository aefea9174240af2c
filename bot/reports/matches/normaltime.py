"""A score told at the end of normal time (`Es blieb nach 90 Minuten beim torlosen
Remis`, `was goalless after 90 minutes`) of a match the text says went to extra time
with another score is a state during that match, not a result of its own."""

from __future__ import annotations

import re

from bot.reports.matches.reading import Reading
from bot.reports.text.holdsany import holds_any

_NORMAL_TIME = re.compile(
    r"\b(?:nach|after|in|at the end of|am ende der)\s+(?:den\s+|the\s+)?"
    r"(?:90\s+minut(?:en|es)|(?:der\s+)?regulären\s+spielzeit|regulärer\s+spielzeit|"
    r"normal\s+time|regular\s+time|regulation(?:\s+time)?)\b",
    re.I,
)
_KEYS = ("90", "regul", "normal")


_AT_NINETY = re.compile(
    r"\s*(?:in\s+(?:regulation|normal|regular)(?:\s+time)?|after\s+90\s+minutes|"
    r"nach\s+90\s+minuten|in\s+der\s+regulären\s+spielzeit)\b",
    re.I,
)
_WENT_ON = re.compile(
    r"\b(?:extra[- ]time|Verlängerung|n\.\s?V\.|1[01]\d(?:th|st|nd|rd)\s+minute|"
    r"1[01]\d\.\s+Minute|\(1[01]\d\.\))",
    re.I,
)
"""`lost 2-0 in regulation time in Austria before Rolando scored in the 116th minute`:
a score told as the one after 90 minutes, where its sentence or the one before says the
match went on, is a state of that match, not its result."""


_AT_NINETY_BEFORE = re.compile(
    r"(?:nach\s+90\s+Minuten|in\s+der\s+regulären\s+Spielzeit|after\s+90\s+minutes|"
    r"in\s+(?:regulation|normal|regular)\s+time)\b[^,;.:]{0,25}$",
    re.I,
)
"""`Valencia verlor nach 90 Minuten mit 1:3, ehe Gameiro in der Verlängerung traf`: German
word order puts the time before the score."""


def _at_ninety(doc, r: Reading) -> bool:
    before = doc.text[max(0, r.hit.start - 60) : r.hit.start]
    if _AT_NINETY.match(doc.text, r.hit.end) is None and not _AT_NINETY_BEFORE.search(before):
        return False
    index = doc.index_of(r.sentence)
    start = doc.sentences[index - 1].start if index else r.sentence.start
    return _WENT_ON.search(doc.text, start, r.sentence.end) is not None


def without_normal_time_states(doc, readings: list[Reading]) -> list[Reading]:
    """The readings, less a normal-time score of a pair whose result after extra time
    (another score) the text also tells, and less a score told as the one after 90
    minutes of a match that went on."""
    if not holds_any(doc.text, _KEYS):
        return readings
    states = [r for r in readings if _at_ninety(doc, r)]
    if states:
        readings = [r for r in readings if r not in states]
        told = doc.cache.setdefault("state-pairs", {})
        for r in states:  # the sides are still right: the tie reader may use them
            if r.teams():
                told[doc.index_of(r.sentence)] = r.teams()
    after_extra = {
        (frozenset(r.teams()), frozenset(((r.p, r.p_goals), (r.o, r.o_goals))))
        for r in readings
        if r.teams() and (r.extra_time or r.penalties)
    }
    if not after_extra:
        return readings
    return [r for r in readings if not _state(doc.text, r, after_extra)]


def _state(text: str, r: Reading, after_extra) -> bool:
    if not r.teams() or r.extra_time or r.penalties:
        return False
    pair = frozenset(r.teams())
    own = frozenset(((r.p, r.p_goals), (r.o, r.o_goals)))
    if not any(p == pair and score != own for p, score in after_extra):
        return False
    start, end = r.sentence.start, r.sentence.end
    window = text[max(start, r.hit.start - 60) : min(end, r.hit.end + 40)]
    return _NORMAL_TIME.search(window) is not None
