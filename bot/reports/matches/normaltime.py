"""A score told at the end of normal time (`Es blieb nach 90 Minuten beim torlosen
Remis`, `was goalless after 90 minutes`) of a match the text says went to extra time
with another score is a state during that match, not a result of its own."""

from __future__ import annotations

import re

from bot.reports.matches.reading import Reading

_NORMAL_TIME = re.compile(
    r"\b(?:nach|after|in|at the end of|am ende der)\s+(?:den\s+|the\s+)?"
    r"(?:90\s+minut(?:en|es)|(?:der\s+)?regulären\s+spielzeit|regulärer\s+spielzeit|"
    r"normal\s+time|regular\s+time|regulation(?:\s+time)?)\b",
    re.I,
)
_KEYS = ("90", "regul", "normal")


def without_normal_time_states(doc, readings: list[Reading]) -> list[Reading]:
    """The readings, less a normal-time score of a pair whose result after extra time
    (another score) the text also tells."""
    if not any(key in doc.text for key in _KEYS):
        return readings
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
