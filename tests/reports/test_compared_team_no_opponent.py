"""`Uruguay hatte am selben Abend wie Mexiko gegen Jordanien 5:0 gewonnen`: a team named
after `wie` is compared with the side, never its opponent (a held-out preview gave
Uruguay a 5:0 over Mexico; its real opponent is no team the reader knows). Sentences
written for these tests."""

from __future__ import annotations

from tests.reports.helpers import pairs, read


def test_a_compared_team_is_no_opponent() -> None:
    facts = read(
        " date 2013-11-20 Uruguay hatte am selben Abend wie Mexiko in Montevideo gegen "
        "Jordanien 5:0 gewonnen."
    )
    assert not [p for p in pairs(facts) if "mexico" in p[:2]]


def test_a_compared_team_in_a_preview() -> None:
    facts = read(
        " date 2013-11-20 Neuseeland empfängt Mexiko in Wellington. Uruguay hatte am selben "
        "Abend wie Mexiko in Amman gegen Jordanien 5:0 gewonnen und empfängt die Asiaten am "
        "Mittwoch in Montevideo."
    )
    assert not [p for p in pairs(facts) if {"uruguay", "mexico"} <= set(p[:2])]
