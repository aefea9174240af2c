"""A result carried into the second leg (`Mit dem 2:0 geht Dortmund ins Rückspiel in
Eindhoven`, `geht mit einem 1:0 aus dem Hinspiel in das Rückspiel in Dortmund`) is the
first leg: the leg word names the leg to come, and the ground after it is that leg's.
Texts written for these tests."""

from __future__ import annotations

from tests.reports.helpers import read


def pairs(facts):
    return [(m.home, m.away, m.score, m.leg) for m in facts.matches]


def test_a_result_carried_into_the_return_is_no_second_leg():
    facts = read(
        " date 2024-02-21 Dortmund (dpa) - Borussia Dortmund hat am Dienstag gegen PSV "
        "Eindhoven 2:0 gewonnen. Mit dem 2:0 geht der BVB nun ins Rückspiel in Eindhoven."
    )
    assert pairs(facts) == [("borussia-dortmund", "psv", (2, 0), 1)]


def test_a_lead_carried_into_a_preview_was_won_at_the_other_ground():
    facts = read(
        " date 2024-03-12 Dortmund (dpa) - Borussia Dortmund geht mit einem 1:0 aus dem "
        "Hinspiel gegen PSV Eindhoven in das Rückspiel am Mittwoch in Dortmund."
    )
    assert pairs(facts) == [("psv", "borussia-dortmund", (0, 1), 1)]


def test_an_english_lead_taken_into_the_second_leg_makes_no_second_leg():
    facts = read(
        " date 2024-02-21 DORTMUND, Germany (AP) - Borussia Dortmund beat PSV Eindhoven 2-0 "
        "on Tuesday. Dortmund take a 2-0 lead into the second leg in Eindhoven."
    )
    assert [p for p in pairs(facts) if p[0] == "psv"] == []
