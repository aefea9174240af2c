"""The one leg a report tells of a pair whose aggregate it states is the second leg,
save where it is told in the pluperfect (`The French champions, who had won 1-0 in
Piraeus, came through ...`, `die das erste Duell beim AS Rom 1:2 verloren hatten`): that
leg came before the one that settled the tie (set 46 gave Olympiakos 0-1 Bordeaux, the
first leg, leg 2)."""

from __future__ import annotations

from tests.reports.helpers import match, read

_EN = (
    " date 2019-03-07 LONDON (Reuters) - A roundup of Wednesday's Champions League second "
    "legs:\n\n"
    "Porto 3 Roma 1 (Porto win 4-3 on aggregate)\n\n"
    "The Portuguese champions, who had lost 2-1 in Rome, came through after extra time at "
    "the Dragao."
)

_DE = (
    " date 2019-03-07 Der FC Porto steht im Viertelfinale der Champions League. Die "
    "Portugiesen, die das erste Duell beim AS Rom 1:2 verloren hatten, setzten sich am "
    "Mittwochabend nach Verlängerung durch und gewannen in der Addition mit 4:3."
)


def test_leg_told_in_the_pluperfect_is_the_first_en():
    assert match(read(_EN), "roma", "porto").leg == 1


def test_leg_told_in_the_pluperfect_is_the_first_de():
    assert match(read(_DE), "roma", "porto").leg == 1
