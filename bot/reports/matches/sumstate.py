"""`gewann das Rückspiel mit 2:1, doch weil das Hinspiel 0:1 verloren gegangen war, stand
es nach 120 Minuten 2:2`: a score of the pair with no leg of its own that is the sum of
its first and second legs read is the tie's aggregate told as a state, not a third game."""

from __future__ import annotations


def without_leg_sums(merged: list) -> list:
    legs = {r.leg: r for r in merged if r.leg in (1, 2)}
    if len(merged) < 3 or set(legs) != {1, 2}:
        return merged
    total: dict[str, int] = {}
    for r in legs.values():
        total[r.p] = total.get(r.p, 0) + r.p_goals
        total[r.o] = total.get(r.o, 0) + r.o_goals
    return [
        r
        for r in merged
        if r.leg in (1, 2)
        or r.home is not None
        or (total.get(r.p), total.get(r.o)) != (r.p_goals, r.o_goals)
    ]
