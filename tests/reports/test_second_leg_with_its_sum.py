"""A second leg told with its tie's sum in the same sentence gives the first leg: the sum
less the second leg, at the other ground, in the same season (set 35, `beating Urawa Red
Diamonds 2-0 in the second leg ... to complete a 3-0 aggregate victory`)."""

from __future__ import annotations

from tests.reports.helpers import match, read


def test_the_first_leg_is_the_sum_less_the_second_en():
    facts = read(
        " date 2019-05-08 Liverpool beat Barcelona 4-0 in the second leg of their Champions "
        "League semi-final at Anfield on Tuesday to complete a 4-3 aggregate win, two years "
        "after their last semi-final."
    )
    first = match(facts, "barcelona", "liverpool")
    assert (first.score, first.leg, first.season) == ((3, 0), 1, "2018-19")


def test_the_first_leg_is_the_sum_less_the_second_de():
    facts = read(
        " date 2022-05-06 Eintracht Frankfurt gewann das Halbfinal-Rückspiel der Europa League "
        "gegen West Ham United am Donnerstag in Frankfurt mit 1:0 und setzte sich mit dem "
        "Gesamtergebnis von 3:1 durch."
    )
    first = match(facts, "west-ham", "eintracht-frankfurt")
    assert (first.score, first.leg) == ((1, 2), 1)


def test_a_sum_of_another_meeting_gives_no_leg():
    facts = read(
        " date 2024-03-06 Bayern beat Lazio 3-0 in the second leg in Munich on Tuesday. "
        "Lazio, beaten 6-2 on aggregate by Bayern at the same stage three years ago, never "
        "threatened."
    )
    assert [m.score for m in facts.matches] == [(3, 0)]
