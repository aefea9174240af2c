"""Results as sentences state them: for each result score, which team it is
told from (the subject), the opponent, who was at home, leg, extra time and
date. Only what the words support is set; the rest stays None."""

from __future__ import annotations

import re

from bot.reports.matches import cues
from bot.reports.matches.attach import venue_outcome
from bot.reports.matches.backthen import months_back, told_back_then
from bot.reports.matches.betweenpair import between_pair, dash_pair, scoreboard
from bot.reports.matches.describedpair import described_pair
from bot.reports.matches.describedsides import (
    club_against_country,
    described_opening,
    other_country,
)
from bot.reports.matches.duelbefore import duel_opponent
from bot.reports.matches.eachjoined import each_joined
from bot.reports.matches.earlierobject import object_of_earlier_score
from bot.reports.matches.firedto import fired_opponent, fired_to
from bot.reports.matches.frontedscore import fronted_owner
from bot.reports.matches.gappedclause import gapped_opponent
from bot.reports.matches.groundopponent import ground_opponent, ground_subject
from bot.reports.matches.homefirst import told_home_first
from bot.reports.matches.hostscore import told_for_role
from bot.reports.matches.joinedobjects import joined_opponent
from bot.reports.matches.labelpair import other_label_pair
from bot.reports.matches.nextleg import second_leg_of_last
from bot.reports.matches.nextopponent import fixture_pair_leg
from bot.reports.matches.objectnames import carried_past, sent_through
from bot.reports.matches.otherpairleg import other_pair_told_before, round_opponent
from bot.reports.matches.ownedteams import ANY_COACHS_TEAM, COACHS_TEAM, owned_subject
from bot.reports.matches.placeopponent import leg_town_opponent, place_opponent
from bot.reports.matches.pronounpair import pronoun_pair_side
from bot.reports.matches.pronounside import pronoun_side
from bot.reports.matches.reading import Reading, participants
from bot.reports.matches.regionwords import outside_region, region_side
from bot.reports.matches.resultchecks import (
    guess_fits,
    subject_left_out,
    unnamed_subject,
)
from bot.reports.matches.sides import sides
from bot.reports.matches.storyside import (
    city_subject,
    described_side,
    leg_of_last_pair,
    placed_elsewhere,
    status_subject,
    story_side,
)
from bot.reports.matches.thirdnamed import third_side_named
from bot.reports.matches.tournamentyear import other_time_told
from bot.reports.matches.twoclubs import pair_named_since
from bot.reports.matches.unknownclause import unknown_clause_subject
from bot.reports.matches.unknownside import unknown_next, unknown_opponent
from bot.reports.matches.unknownsubject import (
    paragraph_of_other,
    paragraph_side,
    they_elsewhere,
    they_side,
)
from bot.reports.matches.unlisted import loosely_named_club
from bot.reports.names.unknownclubs import unknown_club

__all__ = ["Reading", "participants", "venue_outcome"]


_RESULT_WORDS = re.compile(
    r"\b(?:ended|finished|endete|geendet|ausgegangen|trennten sich|remis|unentschieden|"
    r"draw|drew|tie|tied)\b",
    re.I,
)


_AFTER_EXTRA_TIME = re.compile(r"\s*(?:nach Verlängerung|n\.\s?V\.|after extra[- ]time|a\.e\.t\.)")
"""`Nach einem 0:1 nach Verlängerung unterlag das Team ...`: a score told as after extra
time is a match's final one, a result as sure as one with `endete`, where the sentence
before names its two sides."""


def _orient(doc, sentence, hit, people, state, resolver) -> Reading | None:
    p, o, outcome, strength = sides(doc, sentence, hit, people)
    if p is None and o is not None and fronted_owner(doc, sentence, hit, people) == o:
        p, o = o, None  # `After a 2-1 defeat at the Monumental, Boca won the return`
    if hit.draw and (pair := fixture_pair_leg(doc.text, sentence, hit, people)):
        return Reading(sentence, hit, pair[0], pair[1], hit.first, hit.second)
    filled = False
    unoriented = home_told = False
    if dashed := dash_pair(doc, hit, people):
        p, o = dashed
    if p is None and (pair := between_pair(doc, sentence, hit, people)):
        p, o = pair
    if p is None and (winner := fired_to(doc.text, hit, people, doc.lang)) is not None:
        p, o = winner, (o if o != winner else fired_opponent(doc.text, hit, people, winner))
    elif o is not None and fired_to(doc.text, hit, people, doc.lang) == o:
        p, o = o, p  # `Ljungberg hatte Arsenal in Führung gebracht, ehe Owen den FC
        # Liverpool zum 2:1-Sieg schoss`: the team fired to the win won it
    if p is not None and object_of_earlier_score(doc.text, sentence, hit, people, p):
        p = None  # `dem 4:1 gegen Jugoslawien ..., dem ein 1:1 gegen Kolumbien folgte`
    if p is None and o is None:
        if not (
            strength
            or _RESULT_WORDS.search(sentence.text)
            or cues.LEG.search(sentence.text)
            or told_for_role(doc.text, hit.end)
            or (_AFTER_EXTRA_TIME.match(doc.text, hit.end) and state.previous_pair())
        ):
            return None
        if unknown_club(doc, sentence):
            return None
        filled = True
        previous = state.previous_pair() or leg_of_last_pair(sentence, state, resolver)
        previous = previous or second_leg_of_last(sentence, state)
        if not previous and described_opening(sentence, people):
            told = sentence.text[: hit.start - sentence.start]
            previous = described_pair(state, told, resolver)
            if previous is None:
                return None
        if previous:
            p, o = previous
            unoriented = hit.first != hit.second and owned_subject(doc, state.index, hit)
        elif other_pair_told_before(state) and cues.LEG.search(sentence.text):
            return None
        elif state.main_pair:
            if third_side_named(sentence, people, state.main_pair):
                return None
            p, o = state.main_pair
            unoriented = hit.first != hit.second
            if unoriented and (side := pronoun_pair_side(state, sentence, hit, outcome)):
                p, o, unoriented = side, (o if side == p else p), False
        elif not state.owned_before():
            p, o = state.subject, state.other(state.subject)
        if p and o and other_label_pair(doc, sentence, (p, o)):
            return None
        if doc.lang == "de" and told_home_first(sentence.text[: hit.start - sentence.start]):
            unoriented, home_told = False, True
    elif p is None and (carried := carried_past(doc.text, hit, people)) is not None:
        p, o = carried
    elif p is None and (sent := sent_through(doc.text, hit, people, o)) is not None:
        p = sent
    elif p is None and o and (host := ground_subject(doc, sentence, hit, o, resolver)):
        p = host  # `nach dem 5:3 gegen Chelsea an der Anfield Road`
    elif p is None:
        told = sentence.text[: hit.start - sentence.start]
        p = described_side(state, o, told, resolver) or region_side(state, o, told, resolver)
        described = p is not None  # the side the sentence before names, by its words
        if p is None and (status_subject(state, o, told) or unknown_next(doc, sentence, hit)):
            return None  # `folgte ein 0:1 gegen eben diese Nigerianer`: an unknown other side
        if p is None and (p := they_side(doc, state, sentence, told, o)) is False:
            return None  # `Östersund beat IFK Norrköping ... they beat Galatasaray`
        if p is None and (p := story_side(doc, state, sentence, o, told)):
            if paragraph_of_other(doc, sentence, p):  # `Der Weg der Urus war schwerer. ...`
                if (p := paragraph_side(doc, sentence, state, o)) is None:
                    return None
        p = p or round_opponent(state, o)
        if p is None:
            p = duel_opponent(doc, state, hit, o)
            side = None if p else pronoun_side(doc, state, sentence, o)  # `They did exactly that`
            if side == "":
                return None  # `England needed a draw. They lost 3-2, ... no England at ...`
            p = p or side or None
            if p is None and " von " in told and COACHS_TEAM.search(told):
                p = state.last_named_other(o)  # `gewann die Mannschaft von Ottmar Hitzfeld`
            if p is None:
                p = _guess_side(state, o, told, True, resolver)
                if p and they_elsewhere(doc, sentence, p):
                    return None
            p = p or city_subject(state, o, told, resolver)
        filled = True
        if not guess_fits(sentence, hit, people, o, p):
            return None
        if not described and subject_left_out(state, people, o, p):
            return None
        if unnamed_subject(doc, sentence, people) or other_country(told, p, resolver):
            return None
        if outside_region(told, p, resolver):
            return None
        if state.pair_on_another_day(sentence.text, (p, o)):
            return None
    elif o is None and cues.LEG.search(sentence.text) and state.tie_partner(p):
        o, filled = state.tie_partner(p), True
    elif o is None and cues.LEG.search(sentence.text) and state.fixture_partner(p):
        o, filled = state.fixture_partner(p), True
    elif o is None and cues.LEG.search(sentence.text) and (rival := round_opponent(state, p)):
        o, filled = rival, True
    elif o is None and p in (previous := state.previous_pair() or ()):
        o, filled = previous[1] if previous[0] == p else previous[0], True
    elif o is None and (town := place_opponent(doc, sentence, hit, p, resolver)):
        o = town
    elif o is None and (host := ground_opponent(doc, sentence, hit, p, resolver)):
        o = host
    elif o is None and (town := leg_town_opponent(doc, sentence, hit, p, resolver)):
        o, filled = town, True
    elif o is None:
        if loosely_named_club(doc, sentence, resolver) or unknown_opponent(doc, sentence):
            return None
        o = pair_named_since(state, sentence, p)
        if o == "":
            return None
        o = o or duel_opponent(doc, state, hit, p)
        if not o and months_back(sentence.text):
            return None
        o, filled = o or _guess_side(state, p, sentence.text, False, resolver), True
        if not guess_fits(sentence, hit, people, p, o) or subject_left_out(state, people, p, o):
            return None
        if ", " in sentence.text and gapped_opponent(sentence, hit, people, o):
            return None
    if p and o:
        o = joined_opponent(doc, sentence, hit, people, p, o, resolver)
    if not p or not o or p == o or club_against_country(p, o, resolver):
        return None
    if unknown_clause_subject(doc, sentence, hit, p):
        return None
    if each_joined(doc, people, hit, (p, o)):
        return None
    if filled and (
        other_time_told(sentence.text, doc.published) or told_back_then(doc, state.index)
    ):
        return None
    if filled and placed_elsewhere(doc, sentence, hit, (p, o), resolver):
        return None
    first, second = hit.first, hit.second
    if unoriented:
        reading = Reading(sentence, hit, p, o, max(first, second), min(first, second))
        reading.notes.add("unoriented")
        reading.context_filled = True
        return reading
    if doc.lang == "en" and first != second:
        if outcome is None and (dashed or scoreboard(doc, hit, people, p, o)):
            outcome = "won" if first > second else "lost"
        if outcome not in ("won", "lost"):
            return None
        high, low = max(first, second), min(first, second)
        first, second = (high, low) if outcome == "won" else (low, high)
    elif doc.lang == "de" and outcome in ("won", "lost") and first != second:
        if (first > second) != (outcome == "won"):
            return None
    reading = Reading(sentence, hit, p, o, first, second, strength=strength, context_filled=filled)
    if home_told:
        reading.notes.add("home-first")
    if dashed:
        reading.home = p
    return reading


def _guess_side(state, named: str, told: str, subject_told: bool, resolver) -> str | None:
    """The unnamed side of a result: from the story, except where the named team
    is a third one beside the last result's pair and the words leave it open."""
    if state.pair and named not in state.pair:
        return state.third_side(named, told, subject_told, resolver)
    other = state.other(named)
    if "'s " in told or "’s " in told or " von " in told:
        coach = ANY_COACHS_TEAM.search(told)
        if coach and _untied_coach(state, named, other, coach):
            return None  # `Aragonés's side beat Russia 4-1`: a coach tied to no team near
    return other


def _untied_coach(state, named: str, other: str | None, coach: re.Match) -> bool:
    """`Luis Aragonés sah zu. ... hatte das Team von Luis Aragonés 4:1 gegen Russland
    gewonnen` in a Russia story: a coach's side the text ties to no team, with the story's
    other side named neither in this sentence nor the one before, is no guess for it."""
    sentence = state.doc.sentences[state.index]
    at = sentence.start + coach.start()
    if any(m.team == named and m.start < at for m in state.doc.mentions_in(sentence)):
        return False  # `für die Werkself ..., doch holte die Mannschaft von Erich Ribbeck`
    near = state.teams_in(state.index) + (state.teams_in(state.index - 1) if state.index else [])
    return other not in near
