"""A pair's firm result beside its first leg told in passing: the second leg.

`AC Milan swept aside Real Madrid 5-0 ...` and `held 1-1 in the first leg in Madrid`
are the two legs of one tie even where a third score of the pair stands in the text
(`needed only a goalless draw`, a running `2:0`): that one is no result (neither the
story's own, nor a listed one, nor a numbered leg, nor dated), so it does not keep the
firm result from being numbered. Where the text states the pair's aggregate, the two
legs must add up to it (`went through 7-6 on aggregate` after a 2-2 first leg is no
2-2 second leg, whatever else stands beside it)."""

from __future__ import annotations

from bot.reports.matches.reading import Reading

_FIRM = frozenset(("main", "listing"))


def firm_second_leg(doc, merged: list[Reading]) -> None:
    """Number the one firm result of a pair the second leg where the pair's only
    numbered reading is a first leg at the other side's ground, of the same round."""
    if len(merged) < 3:
        return
    firsts = [r for r in merged if r.leg == 1]
    if len(firsts) != 1 or any(r.leg == 2 for r in merged):
        return
    firm = [r for r in merged if r.leg is None and r.notes & _FIRM]
    if len(firm) != 1:
        return
    first, second = firsts[0], firm[0]
    if any(r.date for r in merged if r is not first and r is not second):
        return
    if second.home is None or second.home == "neutral" or first.home == second.home:
        return
    if first.stage and second.stage and first.stage != second.stage:
        return
    if first.year and second.year and first.year != second.year:
        return
    if not _adds_up(doc, first, second):
        return
    second.leg = 2
    first.stage = first.stage or second.stage


def _adds_up(doc, first: Reading, second: Reading) -> bool:
    from bot.reports.ties.facts import stated_aggregate

    agg = stated_aggregate(doc, second.teams())
    if not agg:
        return True
    total = {}
    for r in (first, second):
        total[r.p] = total.get(r.p, 0) + r.p_goals
        total[r.o] = total.get(r.o, 0) + r.o_goals
    return all(agg.get(team) == goals for team, goals in total.items())
