"""Dates told as a day from another one (`a day later`, `the day before`, `einen Tag
später`): the nearest date named just before fixes them, so a round-up of two
semi-finals or two conference finals dates both without a weekday for the second.
A first leg `a week earlier` (`im Hinspiel vor einer Woche`) is dated from its second."""

from __future__ import annotations

import re
from datetime import date, timedelta

from bot.reports.matches import cues
from bot.reports.matches.owners import owner_finder
from bot.reports.matches.reading import Reading
from bot.reports.patterns.keyed import Keyed
from bot.reports.text import when
from bot.reports.text.document import Document

_DAY_APART_KEYS = (
    "later|earlier|next day|next night|following day|following night|day after|night after|"
    "day before|night before|previous day|previous night|"
    "tag sp|tag da|tags da|tag zu|tag vo|tag fr|abend |tags zu|folge|vortag|vorabend"
)
"""The phrase's day word with the word that follows or goes before it: `day`, `night`,
`tag` and `abend` alone pass most sentences (`Samstag`, `Sunday`, `Mittwochabend`), where
the search then tried its phrases at every word."""
_DAY_APART = Keyed(
    re.compile(
        r"\b(?:(?P<later>(?:a|one) (?:day|night) later|the (?:next|following) (?:day|night)|"
        r"the (?:day|night) after|einen (?:tag|abend) (?:später|danach|darauf)|tags darauf|"
        r"am (?:tag danach|folgetag|folgeabend|tag darauf))|"
        r"(?P<earlier>(?:a|one) (?:day|night) (?:earlier|before)|the (?:day|night) before|"
        r"the previous (?:day|night)|einen (?:tag|abend) (?:zuvor|vorher|früher)|tags zuvor|"
        r"am (?:tag zuvor|vortag|vorabend)))\b",
        re.IGNORECASE,
    ),
    _DAY_APART_KEYS,
)
"""Every phrase holds one of the keys (`a day later`, `the next day`, `einen Tag später`,
`tags darauf`, `am Vortag`): they skip the many sentences with none of them."""
_NO_CARRY = ("final",)
"""One final per competition: a result a day from it is another round."""


def date_apart(doc: Document, readings: list[Reading]) -> None:
    """Give each undated reading whose clause says `a day later` (or `earlier`) the
    day after (before) the date named last before that phrase, in its sentence or
    the one before; in one sentence it also shares the round of that date's result."""
    by_sentence: dict[int, list[Reading]] = {}
    for r in readings:
        by_sentence.setdefault(r.sentence.start, []).append(r)
    for index, sentence in enumerate(doc.sentences):
        found = by_sentence.get(sentence.start)
        if not found or not _DAY_APART.search(sentence.text):
            continue
        owner = owner_finder(sentence, found)
        for phrase in _DAY_APART.finditer(sentence.text):
            r = owner(phrase.start())
            if r is None or r.date is not None or not r.teams():
                continue
            step = 1 if phrase.group("later") else -1
            before = sentence.text[: phrase.start()]
            month = _month_before(doc, before, step)
            anchor = None if month is not None else _date_before(doc, index, phrase.start())
            if anchor is None:
                told = r.date = month or None
            else:
                told, r.date = anchor.isoformat(), (anchor + timedelta(days=step)).isoformat()
            if r.date is None:
                continue
            twin = next((x for x in found if x is not r and x.date == told), None)
            if twin is not None and r.stage is None and twin.stage not in _NO_CARRY:
                r.stage = twin.stage


def _date_before(doc: Document, index: int, offset: int) -> date | None:
    """The last day-precise date before `offset` in sentence `index`, else the last
    one of the sentence before."""
    sentence = doc.sentences[index]
    days = _days(sentence.text[:offset], doc)
    if not days and index > 0:
        days = _days(doc.sentences[index - 1].text, doc)
    return days[-1] if days else None


_MONTH_EDGE = re.compile(
    r"(?P<end>ende|late|(?:at )?the end of)|(?P<start>anfang|early|(?:at )?the start of)|"
    r"(?P<mid>mitte|mid)",
    re.IGNORECASE,
)


def _month_before(doc: Document, text: str, step: int) -> str | None:
    """`Ende April ..., am Vorabend`: a day before the end of a month (or after its
    start) is in that month; a day from a bare `im April` may be in the next one, so
    it is `""`: a month told last in the sentence dates nothing from the one before."""
    told = when.dates_in(text, doc.published, doc.lang)
    if not told or len(told[-1][1]) != 7:
        return None
    at, value, _ = told[-1]
    edge = _MONTH_EDGE.match(text, at)
    if edge is None or edge.group("end" if step > 0 else "start"):
        return ""
    return value


def _days(text: str, doc: Document) -> list[date]:
    out = []
    for _, value, _ in when.dates_in(text, doc.published, doc.lang):
        day = when.to_date(value) if len(value) == 10 else None
        if day is not None:
            out.append(day)
    return out


_WEEK_BEFORE = Keyed(
    re.compile(
        r"\b(?:(?:a|one) week (?:earlier|before|ago)|vor einer woche|"
        r"eine woche (?:zuvor|vorher|früher))\b",
        re.IGNORECASE,
    ),
    "week|woche",
)


_TWO_DAY_WEEKS = ("UEFA Champions League",)
"""Competitions whose every round is played over two weekdays (Tuesday and Wednesday):
a first leg `a week earlier` than a Tuesday may have been a Wednesday."""


def week_apart(doc: Document, legs: list[Reading], readings: list[Reading], competition) -> None:
    """The first leg of a pair whose second leg has a day: seven days before it, where
    the first leg's own clause, or a sentence about the first leg with no result of
    its own, says `a week earlier`, unless `competition()` (asked only then) plays a
    round over two weekdays, which makes the week loose by a day."""
    first = [r for r in legs if r.leg == 1]
    second = [r for r in legs if r.leg == 2]
    if len(first) != 1 or len(second) != 1:
        return
    a, b = first[0], second[0]
    day = when.to_date(b.date) if b.date and len(b.date) == 10 else None
    if a.date is not None or day is None or not _week_told(doc, a, readings):
        return
    if competition() in _TWO_DAY_WEEKS:
        return
    a.date = (day - timedelta(days=7)).isoformat()


def _week_told(doc: Document, leg: Reading, readings: list[Reading]) -> bool:
    here = [r for r in readings if r.sentence is leg.sentence]
    owner = owner_finder(leg.sentence, here)
    if any(owner(m.start()) is leg for m in _WEEK_BEFORE.finditer(leg.sentence.text)):
        return True
    pair = set(leg.teams() or ())
    scored = {r.sentence.start for r in readings}
    # A sentence's key words are in the whole text too (Keyed.may): most texts hold none.
    for sentence in doc.sentences if _WEEK_BEFORE.may(doc.text) else ():
        if sentence.start in scored or not _WEEK_BEFORE.search(sentence.text):
            continue
        said = cues.LEG.search(sentence.text)
        named = {m.team for m in doc.mentions_in(sentence) if m.prep != "in"}
        if said and said.group("one") and named <= pair:
            return True
    return False
