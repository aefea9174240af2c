"""The results one sentence states: its result scores, each read as a listing or
oriented by `results.py`, then their cues attached and settled (split from `results.py`)."""

from __future__ import annotations

import re

from bot.reports.matches.appositionline import apposition_line
from bot.reports.matches.attach import attach_cues
from bot.reports.matches.bracketlegs import named_bracket_fits
from bot.reports.matches.colonlist import listed_reading
from bot.reports.matches.firstlegbracket import first_leg_brackets
from bot.reports.matches.hostscore import orient_by_role
from bot.reports.matches.listedobjects import listed_object
from bot.reports.matches.listings import after_goal_call, header_reading
from bot.reports.matches.reading import Reading, participants
from bot.reports.matches.records import hypothetical_score, record_score
from bot.reports.matches.resultchecks import settle_clause_cues
from bot.reports.matches.results import _orient
from bot.reports.matches.rolesubjects import mark_role_subjects
from bot.reports.matches.samescore import FIRST_LEG_WORD, same_score_hits
from bot.reports.matches.samesentenceleg import legs_of_one_pair
from bot.reports.matches.scores import find_scores
from bot.reports.matches.shootoutonly import shootout_only
from bot.reports.matches.toldgoalless import goalless_told_before
from bot.reports.text.document import Document, Sentence

_BARE_PAIR = re.compile(r" \d{1,2} [A-ZÄÖÜ][^,]{1,40} \d{1,2},")
"""A gate for `apposition_line`: a bare figure, a capital and a bare figure before a comma."""


def read_sentence(doc: Document, sentence: Sentence, state, resolver) -> list[Reading]:
    """The results one sentence states (glance lines and headers included)."""
    if after_goal_call(doc, sentence):
        return []
    special = _explicit_order(doc, sentence)
    if special:
        return first_leg_brackets(doc, sentence, special, resolver)
    hits = find_scores(sentence.text, sentence.start)
    same = same_score_hits(sentence, hits)
    hits += same
    if not hits:
        return []
    results = [
        h
        for h in hits
        if h.kind == "result"
        and not record_score(sentence.text, h.start - sentence.start)
        and not hypothetical_score(sentence.text, h.start - sentence.start, h.end - sentence.start)
        and not goalless_told_before(doc, sentence, h)
    ]
    people = participants(doc, sentence)
    if not results:
        return shootout_only(doc, sentence, hits, people)
    readings = []
    for hit in results:
        reading = listed_object(doc, sentence, hit, people, readings[-1] if readings else None)
        reading = reading or listed_reading(doc, sentence, hit, people)
        reading = reading or _orient(doc, sentence, hit, people, state, resolver)
        if reading is None and hit in same and readings and readings[0].hit is results[0]:
            told = readings[0]
            reading = Reading(sentence, hit, told.p, told.o, told.p_goals, told.o_goals)
        if reading is not None and named_bracket_fits(doc.text, hit, people, reading.p, reading.o):
            readings.append(reading)
    legs_of_one_pair(doc, readings)
    attach_cues(doc, sentence, hits, readings, resolver)
    for r in readings:
        if (
            r.leg is None
            and r.hit in same
            and FIRST_LEG_WORD.search(doc.text, r.hit.start, r.hit.end)
        ):
            r.leg = 1
    settle_clause_cues(doc, sentence, readings)
    orient_by_role(doc.text, readings)
    mark_role_subjects(doc, sentence, readings)
    return first_leg_brackets(doc, sentence, readings, resolver)


def _explicit_order(doc: Document, sentence: Sentence) -> list[Reading]:
    """`Porto 3, Roma 1` (AP glance) and `Dortmund – Bayern 1:2` headers: home first;
    `at White Hart Lane, Tottenham 4 Arsenal 5, belongs`: a scoreline between commas."""
    found = header_reading(doc, sentence)
    if not found and ", " in sentence.text and _BARE_PAIR.search(sentence.text):
        found = apposition_line(doc, sentence)
    return found
