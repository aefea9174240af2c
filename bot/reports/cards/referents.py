"""Whom `Der Engländer sah die Rote Karte` refers to after `X stieg gegen Y ein`: the
last player named before, but not one the sentence makes the victim of a foul
(`gegen Y`, `fouled Y`), nor a goalkeeper beaten or a provider; and the time of that
foul, when the sentence right before tells it and nothing else."""

from __future__ import annotations

from bot.reports.clauses.minutes import Minute
from bot.reports.goals import cues as goalcues
from bot.reports.goals.lastnamed import last_named
from bot.reports.names.cast import Cast

_VICTIM_BEFORE = frozenset(
    "gegen against fouled foulte fouling felled clipped tripped hacked upended".split()
)


def last_offender(cast: Cast, start: int, end: int) -> str | None:
    """The last player in the span who is not told as the one fouled."""
    for person in reversed(cast.within(start, end)):
        if person.before in _VICTIM_BEFORE:
            continue
        name = last_named(cast, person.start, person.end)
        if name:
            return name
    return None


def offender_minute(reading, scene, name: str) -> Minute | None:
    """`In der 35. Minute stieg X gegen Y ein. Der Engländer sah dafür Rot`: the one
    minute of the sentence right before, when it names the offender and tells no goal
    or substitution (whose time would be another event's)."""
    if scene.index == 0:
        return None
    before = reading.cast.doc.sentences[scene.index - 1]
    if last_offender(reading.cast, before.start, before.end) != name:
        return None
    minutes = [m for m in reading.minutes if before.start <= m.start < before.end]
    if len(minutes) != 1 or minutes[0].relative is not None or minutes[0].from_end:
        return None
    lang = reading.cast.doc.lang if reading.cast.doc.lang in ("de", "en") else "en"
    if goalcues.GOAL[lang].search(before.text) or goalcues.OTHER_EVENT.search(before.text):
        return None
    return minutes[0]
