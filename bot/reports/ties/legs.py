"""Ties from two legs read in one report: the aggregate is their sum (marked
inferred); the winner follows from it, from the deciding leg's shoot-out, or
from away goals when the text names them or the season's rules put them first.
A stated aggregate must agree with the legs, else the tie is not claimed."""

from __future__ import annotations

import re

from bot.facts import Match, Tie
from bot.reports.matches.awaygoals import away_goals_named
from bot.reports.patterns.spots import Folded
from bot.reports.text.document import Document
from bot.reports.text.holdsany import holds_any
from bot.reports.ties.otherextra import only_anothers_extra_time
from bot.ties.rules import AWAY_GOALS, rules_for


def leg_pairs(matches: list[Match]) -> dict[frozenset, dict[int, Match]]:
    out: dict[frozenset, dict[int, Match]] = {}
    for m in matches:
        if m.leg in (1, 2):
            out.setdefault(frozenset((m.home, m.away)), {})[m.leg] = m
    return out


def from_legs(doc: Document, legs: dict[int, Match]) -> Tie | None:
    """The tie two legs make, or None where they cannot be one: a tie's legs are played
    at each side's ground in turn, so two legs read at the same home mean one was read
    wrong, and no winner follows from them."""
    if set(legs) != {1, 2} or legs[1].home == legs[2].home:
        return None
    totals = _totals(legs)
    a, b = list(totals)
    second = legs[2]
    tie = Tie(teams=(legs[1].home, legs[1].away), aggregate=totals, inferred=True)
    tie.evidence = " ".join(dict.fromkeys((legs[1].evidence, second.evidence)))
    tie.competition, tie.season, tie.stage = second.competition, second.season, second.stage
    if totals[a] != totals[b]:
        tie.winner = a if totals[a] > totals[b] else b
        tie.decided_by = _decided_by_sum(second)
        return tie
    pens = second.penalties
    if pens and pens[0] != pens[1]:
        tie.penalties = {second.home: pens[0], second.away: pens[1]}
        tie.winner = second.home if pens[0] > pens[1] else second.away
        tie.decided_by = "penalties"
        return tie
    away = {legs[1].away: legs[1].score[1], legs[2].away: legs[2].score[1]}
    if away[a] != away[b] and (
        _mentions_away_goals(doc, (a, b), legs) or _away_goals_by_rule(legs)
    ):
        tie.winner = a if away[a] > away[b] else b
        tie.decided_by = "away_goals"
        return tie
    return None


_EXTRA_OR_SHOOTOUT = re.compile(
    r"extra[- ]time|verlängerung|n\.\s?v\.|overtime|elfmeterschießen|shoot-?out|"
    r"penalties|i\.\s?E\.|spot kicks",
    re.IGNORECASE,
)


_ANOTHER_TIME = Folded(
    re.compile(
        r"\b(?:years?|seasons?) (?:ago|earlier|before)\b|\b(?:Jahre\w*|Saison\w*) (?:zuvor|vorher|"
        r"davor|früher)\b|\bvor \w+ (?:Jahren|Saisons?)\b|\blast (?:season|year)\b|"
        r"\b(?:vergangene|letzte|vorige)n? (?:Saison|Jahr)\b|\b(?:19|20)\d\d\b",
        re.I,
    )
)
"""`Lazio, beaten 6-2 on aggregate by Bayern at the same stage three years ago`: a tie of
another season, which this season's first leg tells nothing about."""
_EXTRA_TIME = Folded(re.compile(r"extra[- ]time|verlängerung|n\.\s?v\.|overtime", re.IGNORECASE))
_NO_EXTRA = Folded(
    re.compile(r"\b(?:no|without|ohne|keine?)\s+(?:\w+\s+)?(?:extra|verlängerung)", re.I)
)
_SHOOTOUT = Folded(re.compile(r"elfmeterschießen|shoot-?out|penalties|i\.\s?E\.|spot kicks", re.I))


def _decided_by_sum(second: Match) -> str | None:
    """Unequal sums: `aggregate`, unless the second leg went to extra time. When its
    extra time is unknown but its own sentence names extra time, that decided; when
    it names a shoot-out instead, how the tie was settled is left unsaid."""
    if second.extra_time is not None or second.penalties:
        return "extra_time" if second.extra_time and not second.penalties else "aggregate"
    text = second.evidence or ""
    if _SHOOTOUT.search(text) or _NO_EXTRA.search(text):
        return None
    if not _EXTRA_TIME.search(text):
        return "aggregate"
    told = list(_EXTRA_TIME.finditer(text))
    return "aggregate" if only_anothers_extra_time(second.score, text, told) else "extra_time"


def _away_goals_by_rule(legs: dict[int, Match]) -> bool:
    """`0:0 im eigenen Stadion und 1:1 in Fürth` in a season whose rules put away
    goals first: they decided, unless the second leg may have gone on (extra time
    or a shoot-out named, or known) and so under other rules. A two-legged final
    often had its own rules (no away goals), so it is left to the text."""
    second = legs[2]
    if second.stage == "final":
        return False
    rules = rules_for(second.competition, second.season, second.stage)
    if not rules.steps or rules.steps[0] != AWAY_GOALS:
        return False
    if second.extra_time or second.penalties:
        return False
    return not any(_EXTRA_OR_SHOOTOUT.search(m.evidence or "") for m in legs.values())


def _mentions_away_goals(doc: Document, pair, legs) -> bool:
    """The text itself says away goals decided: in a leg's sentence, in one naming a side,
    or in one stating the pair's level aggregate (`Nach 210 Minuten stand es 4:4, die
    Auswärtstorregel entschied`)."""
    texts = {legs[1].evidence, legs[2].evidence}
    level = next(iter(_totals(legs).values()))
    sums = (f"{level}:{level}", f"{level}-{level}", f"{level}–{level}")
    for sentence in doc.sentences:
        if any(m.team in pair for m in doc.mentions_in(sentence)):
            texts.add(sentence.text)
        elif holds_any(sentence.text, sums):
            texts.add(sentence.text)
    return any(away_goals_named(t) for t in texts)


def _totals(legs: dict[int, Match]) -> dict[str, int]:
    totals: dict[str, int] = {}
    for m in legs.values():
        totals[m.home] = totals.get(m.home, 0) + m.score[0]
        totals[m.away] = totals.get(m.away, 0) + m.score[1]
    return totals


def complete(tie: Tie, legs: dict[int, Match], computed: Tie | None, guessed: bool) -> None:
    if tie.aggregate is not None and len(legs) == 1:
        _fit_leg(tie, next(iter(legs.values())))
    if tie.aggregate is not None and set(legs) == {1, 2}:
        totals = _totals(legs)
        turned = guessed or any(_against_leg(tie.aggregate, leg) for leg in legs.values())
        if turned and sorted(totals.values()) == sorted(tie.aggregate.values()):
            tie.aggregate = totals
            if tie.decided_by == "aggregate":
                tie.winner = max(totals, key=totals.get)
        if totals != tie.aggregate:
            tie.winner = None
            return
    second = legs.get(2)
    first = legs.get(1)
    if second is None and first is not None and not _ANOTHER_TIME.search(tie.evidence or ""):
        tie.competition, tie.season, tie.stage = first.competition, first.season, first.stage
    if second is not None:
        tie.competition, tie.season, tie.stage = second.competition, second.season, second.stage
        if tie.decided_by == "aggregate" and second.extra_time and not second.penalties:
            tie.decided_by = "extra_time"
        if second.penalties and tie.winner:
            tie.decided_by = "penalties"
        if tie.winner is None:
            _level_then_shootout(tie, second)
    if tie.winner is not None and set(legs) == {1, 2} and denies(tie.winner, _totals(legs)):
        tie.winner = None  # the report contradicts itself: tell neither winner
        return
    if tie.aggregate is None and computed is not None:
        tie.aggregate, tie.inferred = computed.aggregate, True
        tie.winner = tie.winner or computed.winner
        if tie.decided_by is None and tie.winner == computed.winner:
            tie.decided_by = computed.decided_by  # `setzte sich gegen X durch` and both legs
            tie.penalties = tie.penalties or computed.penalties
    if tie.winner is None and computed is not None and computed.aggregate == tie.aggregate:
        tie.winner, tie.decided_by = computed.winner, computed.decided_by
        tie.penalties = tie.penalties or computed.penalties
    if tie.aggregate is None and set(legs) == {1, 2}:
        tie.aggregate, tie.inferred = _totals(legs), True
        if tie.decided_by is None and len(set(tie.aggregate.values())) == 2:
            tie.decided_by = "aggregate"


def _fit_leg(tie: Tie, leg: Match) -> None:
    """`Der HSV hat das Rückspiel gegen Göteborg mit 0:3 verloren, ... geht der Pokal mit
    dem Gesamtergebnis von 4:0 nach Göteborg`: a sum gives each side at least its goals
    in a leg of the tie, so a sum read the wrong way round against its read leg is turned
    where only the turned one fits, and tells no winner where neither does."""
    agg = tie.aggregate or {}
    if not _against_leg(agg, leg):
        return
    goals = {leg.home: leg.score[0], leg.away: leg.score[1]}
    a, b = list(agg)
    turned = {a: agg[b], b: agg[a]}
    if not all(turned[t] >= goals[t] for t in turned):
        tie.winner = None
        return
    tie.aggregate = turned
    if tie.winner is not None and tie.decided_by in ("aggregate", "extra_time"):
        tie.winner = a if turned[a] > turned[b] else b


def _against_leg(agg: dict[str, int], leg: Match) -> bool:
    """Whether a sum gives a side fewer goals than it scored in one leg."""
    goals = {leg.home: leg.score[0], leg.away: leg.score[1]}
    return set(agg) == set(goals) and any(agg[t] < goals[t] for t in agg)


def denies(winner: str, totals: dict[str, int]) -> bool:
    """Whether legs whose goals add up to `totals` put another side than the stated
    `winner` ahead (`hatte sich Celtic gegen Boavista durchgesetzt`, one leg read turned
    round): the report then contradicts itself, and neither winner may be told."""
    if len(totals) != 2 or len(set(totals.values())) != 2:
        return False
    return max(totals, key=totals.get) != winner


def _level_then_shootout(tie: Tie, second: Match) -> None:
    """`levelled the semi-final at 1-1 on aggregate. ... Liverpool won the shoot-out 4-1`:
    a stated level aggregate and the second leg's own shoot-out, read on that leg, give
    the tie to the shoot-out's winner."""
    pens = second.penalties
    level = tie.aggregate is not None and len(set(tie.aggregate.values())) == 1
    if not level or not pens or pens[0] == pens[1] or set(tie.teams) != {second.home, second.away}:
        return
    tie.penalties = {second.home: pens[0], second.away: pens[1]}
    tie.winner = second.home if pens[0] > pens[1] else second.away
    tie.decided_by = "penalties"
