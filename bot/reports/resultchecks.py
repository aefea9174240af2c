"""Checks on a sentence's results after the words are read: a side guessed from
the story must fit the clause, a past season's result borrows no sides, extra
time after half-time scores belongs to the score, and a round said of a third
team is not the result's. Each keeps a wrong fact out rather than adding one."""

from __future__ import annotations

import re

from bot.reports import cues
from bot.reports.attach import _CLAUSE_BREAK

OTHER_TIME = re.compile(
    r"\b(?:(?:19|20)\d\d|\w+ (?:years?|seasons?) ago|last (?:year|season)|"
    r"vor (?:\w+ )?(?:jahren|jahr|saisons?)|im vorjahr|in der vorsaison)\b",
    re.I,
)
"""A sentence about another season: the story's teams are no guide to its sides."""

_EXTRA_TIME_AFTER = re.compile(
    r"\s*(?:\([\d\s:,–-]*\)\s*)?(?:n\.\s?V\.|nach verlängerung|"
    r"(?:after|following) extra[- ]time|aet\b|a\.e\.t\.)",
    re.I,
)
"""`1:2 (0:0, 1:1) nach Verlängerung`: extra time told right after the score and
its half-time scores belongs to that score."""


def _clause(text: str, offset: int) -> tuple[int, int]:
    bounds = [0, *(m.end() for m in _CLAUSE_BREAK.finditer(text)), len(text)]
    return max(b for b in bounds if b <= offset), min(b for b in bounds if b > offset)


def guess_fits(sentence, hit, people, named: str, guessed: str) -> bool:
    """A side guessed from the story must not contradict another team the
    score's clause itself names: then the clause is too unclear to read."""
    lo, hi = _clause(sentence.text, hit.start - sentence.start)
    others = {m.team for m in people if lo <= m.start - sentence.start < hi and m.team != named}
    return not others or guessed in others


def subject_left_out(state, people, named: str, guessed: str) -> bool:
    """`Chelsea won the final against Bayern. ... the 2-2 draw ... over Barcelona, after
    Drogba's goal had given Chelsea ...`: a side guessed from the story is no guide when
    the team the story is about is named in the sentence and is neither side."""
    subject = state.subject
    return subject not in (None, named, guessed) and any(m.team == subject for m in people)


def settle_clause_cues(doc, sentence, readings) -> None:
    for reading in readings:
        if reading.extra_time is None and _EXTRA_TIME_AFTER.match(doc.text, reading.hit.end):
            reading.extra_time = True
        if reading.stage is not None and _stage_is_anothers(doc, sentence, reading):
            reading.stage = None


def _stage_is_anothers(doc, sentence, reading) -> bool:
    """`im Viertelfinale gegen den SC Freiburg Schluss, und wie beim 0:5 bei Gladbach`:
    a round named in a clause about a third team, away from the score, is that team's."""
    rel = reading.hit.start - sentence.start
    teams = reading.teams() or ()
    for at, _ in cues.stage_at(sentence.text):
        lo, hi = _clause(sentence.text, at)
        if lo <= rel < hi:
            return False
        third = [
            m
            for m in doc.mentions_in(sentence)
            if lo <= m.start - sentence.start < hi and m.team not in teams
        ]
        if not third:
            return False
    return True


_PAST = re.compile(
    r"\b(?:last (?:month|week|season|year)|\w+ (?:weeks?|months?|years?) ago|"
    r"earlier (?:this|in the) (?:season|month|year)|vor \w+ (?:wochen|monaten|jahren)|"
    r"im vormonat|letzten monat|vergangenen monat|im vorjahr|in der vorsaison)\b",
    re.I,
)


def told_as_past(reading) -> bool:
    """`Newcastle, who beat Chelsea 4-1 at home last month, lost at Fulham`: a result
    its own clause places in the past is not the one the story is about."""
    if reading.earlier or reading.year:
        return True
    text = reading.sentence.text
    lo, hi = _clause(text, reading.hit.start - reading.sentence.start)
    return bool(_PAST.search(text, lo, hi))
