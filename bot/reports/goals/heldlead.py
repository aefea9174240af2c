"""`The lead lasted eight minutes. McLeish ... saw it stick in a puddle, Santillana got there
first and was brought down by Leighton. Juanito converted the penalty.`: the time a lead
lasted is the next goal's, and the sentences that tell how that goal came about, naming
no goal and no time, do not use it up."""

from __future__ import annotations

from bot.reports.clauses.minutes import LEAD
from bot.reports.goals import cues as goalcues


def held_lead(reader, scene):
    """The lead's waiting time, kept over a sentence with no goal word and no minute."""
    pending = reader._pending
    if pending is None or pending[0].note != LEAD or pending[1] != scene.paragraph:
        return None
    start, end = scene.sentence.start, scene.sentence.end
    if any(start <= m.start < end for m in reader.minutes):
        return None
    if goalcues.GOAL[reader.lang].search(scene.sentence.text):
        return None
    return pending


def held_blank(reader, scene):
    """`Die Führung hielt nur acht Minuten. ... Juanito verwandelte den Elfmeter.`: a goal
    timed from a lead's length with no scorer yet waits over such a sentence too."""
    blank = reader._blank
    if blank is None or not blank[0].inferred or blank[1] != scene.paragraph:
        return None
    start, end = scene.sentence.start, scene.sentence.end
    if any(start <= m.start < end for m in reader.minutes):
        return None
    if goalcues.GOAL[reader.lang].search(scene.sentence.text):
        return None
    return blank
