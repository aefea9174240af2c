"""A level sum of both legs told beside one leg: it orients a leg whose sides the
sentence leaves open, and with the first leg known it gives the second."""

from __future__ import annotations

import re

from bot.reports.matches.reading import Reading
from bot.reports.matches.scores import ScoreHit, find_scores
from bot.reports.patterns.spots import Folded


def level_aggregate_beside(loose: list[Reading], other: Reading) -> dict | None:
    """`das Hinspiel ... mit 4:2 gewonnen, in der Addition stand es damit 5:5`: a level
    sum told beside the loose leg needs no team names; a level one has no sides."""
    sentences = {r.sentence.start: r.sentence for r in loose}
    level = {
        (h.first, h.second)
        for s in sentences.values()
        for h in find_scores(s.text, s.start)
        if h.kind == "aggregate" and h.first == h.second
    }
    if len(level) != 1:
        return None
    goals = next(iter(level))[0]
    return {other.p: goals, other.o: goals}


_EXTRA = Folded(re.compile(r"verlängerung|extra[- ]time|overtime|n\.\s?V\.|\baet\b", re.I))
"""Searched on the whole report: as its lower-cased form on the lower-cased text (Folded)."""


def other_leg_by_sum(doc, merged: list[Reading]) -> list[Reading]:
    """`Weil die Franken das Hinspiel mit 2:0 gewonnen hatten, stand es in der Addition
    3:3`: the second leg ended 3:1 the other way. Only a level sum in the first leg's own
    sentence, which needs no sides, and only where no second leg of the pair is read
    and no extra time is told (a level sum may then be the one after 90 minutes)."""
    if len(merged) != 1 or merged[0].leg != 1 or merged[0].home is None:
        return []
    if _EXTRA.search(doc.text):
        return []
    first = merged[0]
    sums = level_aggregate_beside([first], first)
    if sums is None:
        return []
    second = _leg_by_sum(first, (sums[first.p], sums[first.o]), 2)
    return [second] if second is not None else []


def _leg_by_sum(known: Reading, sums: tuple[int, int], leg: int) -> Reading | None:
    """The other leg of `known`'s pair: the sum (told from `known.p`) less `known`, at the
    other ground; None where that leaves a side fewer than no goals."""
    p_goals, o_goals = sums[0] - known.p_goals, sums[1] - known.o_goals
    if min(p_goals, o_goals) < 0:
        return None
    hit = ScoreHit(known.hit.start + 1, known.hit.end, p_goals, o_goals, "result")
    other = Reading(known.sentence, hit, known.p, known.o, p_goals, o_goals, leg=leg)
    other.home = known.o if known.home == known.p else known.p
    other.stage, other.year = known.stage, known.year
    other.notes.add("by-sum")
    return other


def levelled_tie(r: Reading) -> bool:
    """`Atlético beat Inter 2-1, a result that levelled the tie at 2-2 on aggregate`: a
    decided result told just before a level sum of its pair is a second leg, which may
    go on to a shoot-out (unless known to have ended after 90 minutes)."""
    if r.leg == 1 or r.extra_time is False or r.penalties or r.p_goals == r.o_goals:
        return False
    hits = find_scores(r.sentence.text, r.sentence.start)
    after = [h for h in hits if h.start > r.hit.start]
    return bool(after) and after[0].kind == "aggregate" and after[0].first == after[0].second


_AT_ANOTHER_TIME = Folded(
    re.compile(
        r"verlängerung|extra[- ]time|overtime|n\.\s?V\.|\baet\b|nach 90|after 90|"
        r"regulären spielzeit|regulation|normal time",
        re.I,
    )
)


def first_leg_by_sum(doc, merged: list[Reading]) -> list[Reading]:
    """`Agger's goal gave Liverpool a 1-0 win at Anfield and leveled the semifinal at 1-1
    on aggregate`, `gewann mit 2:1 und glich damit das Gesamtergebnis auf 3:3 aus`: a
    result told right before a level sum of its pair, at the same moment, is the second
    leg, and the sum less that result is the first leg, played at the other ground. Not
    where the sentence names another time (extra time, after 90 minutes), when the two
    scores may be of different moments."""
    if len(merged) != 1 or merged[0].home not in merged[0].teams() or merged[0].leg == 1:
        return []
    second = merged[0]
    if second.p_goals == second.o_goals or _AT_ANOTHER_TIME.search(second.sentence.text):
        return []
    hits = find_scores(second.sentence.text, second.sentence.start)
    after = [h for h in hits if h.start > second.hit.start]
    if not after or after[0].kind != "aggregate" or after[0].first != after[0].second:
        return []
    first = _leg_by_sum(second, (after[0].first, after[0].first), 1)
    if first is None:
        return []
    second.leg = 2
    return [first]
