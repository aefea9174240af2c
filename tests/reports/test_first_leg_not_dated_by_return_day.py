"""A first leg told in passing, alone, is not dated by a bare weekday of its sentence that
is the dateline's own day: that is the return's (`Milan drew the first leg 2-2 at San
Siro and play in Munich on Wednesday`, `Am Mittwoch werden die beiden letzten
Halbfinalisten ermittelt: Manchester United, das im Hinspiel ... nur 2:2 gegen den FC
Porto spielte`; set 46 dated three first legs by their return's day)."""

from __future__ import annotations

from tests.reports.helpers import read
from tests.reports.test_round_reached_by_sides import _DE  # the same semi-finalists' day

_EN = (
    " date 2019-04-17 BARCELONA (AP) - Lionel Messi scored twice as Barcelona beat "
    "Manchester United 3-0 at the Camp Nou on Tuesday to reach the semifinals.\n\n"
    "Ajax drew the first leg 1-1 in Amsterdam and play Juventus in Turin on Wednesday."
)


def _first_legs(text: str):
    return [m for m in read(text).matches if m.leg == 1]


def test_first_leg_in_passing_takes_no_date_of_the_return_en():
    legs = _first_legs(_EN)
    assert legs
    assert all(m.date != "2019-04-17" for m in legs)


def test_first_leg_in_passing_takes_no_date_of_the_return_de():
    legs = _first_legs(_DE)
    assert legs
    assert all(m.date != "2019-04-17" for m in legs)


_RETURN_DE = (
    " date 2019-03-11 Der FC Bayern empfängt am Mittwochabend den FC Liverpool zum "
    "Achtelfinal-Rückspiel der Champions League, das Hinspiel an der Anfield Road war "
    "torlos geendet.\n\n"
    "Am Mittwoch folgen auch die Rückspiele zwischen Juventus Turin und Atlético Madrid, das "
    "im Hinspiel zu Hause 2:0 gewann, und zwischen dem FC Barcelona und Olympique Lyon."
)

_RETURN_EN = (
    " date 2019-03-11 Bayern Munich host Liverpool in the second leg of their Champions "
    "League last-16 tie on Wednesday, the first leg at Anfield having finished goalless.\n\n"
    "On Wednesday come the second legs between Juventus and Atletico Madrid, who won the "
    "first leg 2-0 at home, and between Barcelona and Lyon."
)


def test_first_leg_in_a_sentence_of_the_returns_takes_not_their_day():
    for text in (_RETURN_DE, _RETURN_EN):
        legs = [m for m in read(text).matches if "atletico-madrid" in (m.home, m.away)]
        assert all(m.date is None for m in legs), legs
