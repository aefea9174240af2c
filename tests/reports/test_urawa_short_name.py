"""`Urawa` alone is the club Urawa Red Diamonds, as reports call it after naming it once
(set 35, `Urawa, who knocked out Guangzhou Evergrande in the semi-finals`)."""

from __future__ import annotations

from tests.reports.helpers import read, tie


def test_urawa_alone_is_the_club_en():
    facts = read(
        " date 2017-11-26 Urawa Red Diamonds won the AFC Champions League on Saturday. Urawa, "
        "who knocked out Shanghai SIPG in the semi-finals, were the better side again."
    )
    assert tie(facts, "urawa", "shanghai-port").winner == "urawa"


def test_urawa_alone_is_the_club_de():
    facts = read(
        " date 2017-11-26 Die Urawa Red Diamonds haben die asiatische Champions League "
        "gewonnen. Urawa, das im Halbfinale Shanghai SIPG ausgeschaltet hatte, war erneut "
        "die bessere Mannschaft."
    )
    assert tie(facts, "urawa", "shanghai-port").winner == "urawa"
