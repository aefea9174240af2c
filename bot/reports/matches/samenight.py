"""`On the same night` and `am selben Abend`: the day they point back to is the last one
told before them, which is not always the main match's."""

from __future__ import annotations

import re

from bot.reports.text import when
from bot.reports.text.document import Document

_SAME_AS_TOLD = re.compile(
    r"\b(?:same (?:night|evening|day)|am (?:selben|gleichen) (?:abend|tag))\b", re.I
)
"""Words that point back to the last day told; `am Nachmittag` and `zeitgleich` keep to
the main match's day."""


_MATCHDAY = re.compile(
    r"\b(?:Spieltag\w*|matchday|(?:final|last|opening) day of the (?:season|campaign))\b", re.I
)
"""`Am letzten Spieltag ... die zeitgleich mit 0:3 bei Union verlor`: where the main match
is a round of a cup or play-off, a result told on a league matchday was played on that
matchday's day, which `zeitgleich` points to, not on the main match's."""


_DAYS_APART = re.compile(
    r"\b(?:zwei|drei|vier|fünf|sechs|sieben|\d{1,2}) Tage (?:zuvor|davor|vorher|früher)\b|"
    r"\b(?:two|three|four|five|six|seven|\d{1,2}) days (?:earlier|before)\b",
    re.I,
)
"""`Vier Tage zuvor hatte das Team in Berlin noch gejubelt`: a sentence that moves the
story to another day, told by the days apart."""


def same_day_of_a_later_date(doc: Document, readings: list, main) -> None:
    """`on the same night` refers to the last day told before it: where a sentence between
    the main match and this result tells a day of its own (`In the round of 16 on
    Tuesday ...`), or the result's own sentence a league matchday beside a main match
    of another round, the result takes neither day nor round from the main match."""
    if main is None:
        return
    order = {id(s): i for i, s in enumerate(doc.sentences)}
    first = order.get(id(main.sentence))
    for r in readings:
        last = order.get(id(r.sentence))
        if r is main or "same-day" not in r.notes or first is None or last is None:
            continue
        if main.stage not in (None, "league") and _MATCHDAY.search(r.sentence.text):
            r.notes.discard("same-day")
            continue
        if not _SAME_AS_TOLD.search(r.sentence.text):
            continue
        between = doc.sentences[first + 1 : last]
        told = {v for s in between for _, v, _ in when.dates_in(s.text, doc.published, doc.lang)}
        if told - {main.date} or any(_DAYS_APART.search(x.text) for x in between):
            r.notes.discard("same-day")


def first_leg_not_same_day(legs: list) -> None:
    """`Barcelona gewann zeitgleich das Rückspiel gegen Chelsea mit 3:0, nach dem 1:1 an
    der Stamford Bridge`: once the legs are known, the first leg told beside its second in
    one sentence is not of the day `zeitgleich` (`the same night`) points to."""
    for r in legs:
        if r.leg == 1 and "same-day" in r.notes:
            if any(x.leg == 2 and x.sentence is r.sentence for x in legs):
                r.notes.discard("same-day")
