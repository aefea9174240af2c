"""`Adelaide United reached the final in 2008 but were beaten 5-0 on aggregate by Gamba
Osaka`: the round reached and then lost is the one the aggregate was played in, and the
agent of the passive went through, whatever `reached` says of the subject (a held-out
report gave Adelaide the 5-0 and made it a semi-final). Sentences written for these tests."""

from __future__ import annotations

from tests.reports.helpers import read, tie


def test_reached_then_beaten_on_aggregate() -> None:
    facts = read(
        " date 2014-11-02 Adelaide United reached the final in 2008 but were beaten 5-0 on "
        "aggregate by Gamba Osaka."
    )
    found = tie(facts, "adelaide-united", "gamba-osaka")
    assert found.winner == "gamba-osaka"
    assert found.aggregate == {"gamba-osaka": 5, "adelaide-united": 0}
    assert found.stage == "final"


def test_reached_by_beating_names_the_round_before() -> None:
    facts = read(
        " date 2014-11-02 Gamba Osaka reached the final by beating Urawa Red Diamonds 5-3 on "
        "aggregate."
    )
    found = tie(facts, "gamba-osaka", "urawa")
    assert found.winner == "gamba-osaka"
    assert found.stage == "semi-final"
