"""`The lead lasted eight minutes. McLeish ... saw it stick in a puddle, Santillana got there
first and was brought down by Leighton. Juanito converted the penalty.`: the time a lead
lasted is the next goal's, and the sentences that tell how that goal came about, naming
no goal and no time, do not use it up."""

from __future__ import annotations

import re

from bot.reports.clauses.minutephrases import NOT_UNTIL
from bot.reports.clauses.minutes import LEAD
from bot.reports.goals import cues as goalcues


def held_lead(reader, scene):
    """The lead's waiting time, kept over a sentence with no goal word and no minute."""
    pending = reader._pending
    if pending is None or pending[0].note != LEAD or pending[1] != scene.paragraph:
        return None
    return pending if _quiet(reader, scene) else None


def held_blank(reader, scene):
    """`Die Führung hielt nur acht Minuten. ... Juanito verwandelte den Elfmeter.`: a goal
    timed from a lead's length with no scorer yet waits over such a sentence too."""
    blank = reader._blank
    if blank is None or not blank[0].inferred or blank[1] != scene.paragraph:
        return None
    return blank if _quiet(reader, scene) else None


def _quiet(reader, scene) -> bool:
    """Whether the sentence names no minute and no goal word."""
    start, end = scene.sentence.start, scene.sentence.end
    if any(start <= m.start < end for m in reader.minutes):
        return False
    return goalcues.GOAL[reader.lang].search(scene.sentence.text) is None


_UNTIL = re.compile(r"\b(?:until|till)\s+$")


def held_until(text: str, at: int) -> bool:
    """`took the lead through X and held it until five minutes into the second half, when Y
    equalised`: a minute after `until`, told after the goal, ends the time a lead held; it is
    the next goal's, not this one's (`the goal would not come until the 65th` is its own)."""
    return bool(_UNTIL.search(text, max(0, at - 8), at)) and not NOT_UNTIL.search(
        text, max(0, at - 40), at
    )


_WHEN = re.compile(r"\s*(?:when|as|als|ehe)\b", re.I)


def ended_hold(reader, clause) -> list:
    """`held it until five minutes into the second half, when Sibierski equalised`: the
    time a lead held until is the goal of the `when` clause right after it."""
    held = getattr(reader, "_held", None)
    if held is None or held[1] != reader._sentence.index or not _WHEN.match(clause.text):
        return []
    reader._held = None
    return [held[0]]
