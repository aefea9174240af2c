"""`gewann das Rückspiel mit 2:1, doch weil das Hinspiel 0:1 verloren gegangen war, stand
es nach 120 Minuten 2:2`: a score of the pair with no leg of its own that is the sum of
its first and second legs read is the tie's aggregate told as a state, not a third game;
and a day told as the same as another result's is that result's."""

from __future__ import annotations

from bot.reports.matches.scores import find_scores


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


def main_day_shared(r, main) -> bool:
    """A result told as played the same day takes the main match's date, unless the day
    is that of another result the sentence tells before it."""
    if "same-day" not in r.notes or main is None or main is r:
        return False
    return not _same_day_of_other(r, main)


def _same_day_of_other(r, main) -> bool:
    """`Japan beat South Korea on penalties after a 2-2 draw, while Australia overwhelmed
    Uzbekistan 6-0 on the same evening`: `the same evening` is the day of the result told
    before it in the sentence, not the main match's, when that result is another."""
    if r.sentence is main.sentence:
        return False
    return any(
        h.kind == "result" and h.end <= r.hit.start
        for h in find_scores(r.sentence.text, r.sentence.start)
    )
