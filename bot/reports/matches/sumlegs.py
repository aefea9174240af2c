"""`beating Urawa 2-0 in the second leg ... to complete a 3-0 aggregate victory`,
`gewann das Rückspiel mit 3:0 und setzte sich mit dem Gesamtergebnis von 4:1 durch`: a
second leg and the tie's sum told with it give the first leg, the sum less the second
leg, played at the other ground.
Not where the known leg's sentence tells extra time or a shoot-out (a leg's score and the
sum may then be of different moments) nor where that leaves a side fewer than no goals."""

from __future__ import annotations

import re

from bot.reports.matches.legsums import _leg_by_sum
from bot.reports.matches.reading import Reading
from bot.reports.matches.scores import find_scores
from bot.reports.text.holdsany import holds_same

_ANOTHER_TIME = re.compile(
    r"verlängerung|extra[- ]time|overtime|n\.\s?V\.|\baet\b|nach 90|after 90|"
    r"regulären spielzeit|regulation|normal time|elfmeterschießen|shoot-?out|penalties",
    re.I,
)


def leg_by_stated_sum(doc, merged: list[Reading]) -> list[Reading]:
    """The first leg of a second leg told with its tie's sum in its own sentence (a sum
    told elsewhere may be of another meeting of the pair: `beaten 6-2 on aggregate by
    Bayern at the same stage three years ago`); not of a listed line, whose list tells
    only the legs it gives."""
    if len(merged) != 1:
        return []
    known = merged[0]
    if known.leg != 2 or known.home not in (known.teams() or ()) or "listing" in known.notes:
        return []
    if known.extra_time or known.penalties or _ANOTHER_TIME.search(known.sentence.text):
        return []
    from bot.reports.ties.facts import stated_aggregate

    sums = stated_aggregate(doc, known.teams())
    if not sums or set(sums) != set(known.teams()) or sums[known.p] == sums[known.o]:
        return []
    told = {
        tuple(sorted((h.first, h.second)))
        for h in find_scores(known.sentence.text, known.sentence.start)
        if h.kind == "aggregate"
    }
    if told != {tuple(sorted(sums.values()))}:
        return []
    other = _leg_by_sum(known, (sums[known.p], sums[known.o]), 3 - known.leg)
    return [other] if other is not None else []


def share_known_season(built: list, merged: list[Reading]) -> None:
    """A leg worked out from a sum is of its known leg's season: its sentence's other
    years (`gain revenge for their defeat ... two years ago`) are not its own."""
    legs = [(m, r) for m, r in built if holds_same(r, merged)]
    if len(legs) != 2:
        return
    for (match, r), (other, _) in (legs, legs[::-1]):
        if "by-sum" in r.notes and other.season and match.competition == other.competition:
            match.season = other.season
