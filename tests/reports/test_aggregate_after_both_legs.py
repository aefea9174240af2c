"""`zog mit 5:3 nach Hin- und Rückspiel ins Halbfinale ein` (the lead's sentence): a score
`nach Hin- und Rückspiel` is the aggregate, so the draw beside it is the second leg and
the two legs make a tie (it had read the 2:2 with no leg and no tie)."""

from __future__ import annotations

from tests.reports.helpers import match, read, tie

_DE = (
    " date 2010-04-08 Am selben Abend kam Olympique Lyon bei Juventus Turin zu einem 1:1 und "
    "zog mit 3:2 nach Hin- und Rückspiel ins Halbfinale ein, nachdem es das Hinspiel in Lyon "
    "2:1 gewonnen hatte."
)

_EN = (
    " date 2010-04-08 On the same night Lyon drew 1-1 at Juventus and went through 3-2 over "
    "the two legs, having won the first leg 2-1 in Lyon."
)


def test_score_after_both_legs_is_the_aggregate_de():
    facts = read(_DE)
    assert match(facts, "juventus", "lyon").leg == 2
    assert tie(facts, "lyon", "juventus").aggregate == {"lyon": 3, "juventus": 2}


def test_score_over_the_two_legs_is_the_aggregate_en():
    facts = read(_EN)
    assert match(facts, "juventus", "lyon").leg == 2
    assert tie(facts, "lyon", "juventus").aggregate == {"lyon": 3, "juventus": 2}
