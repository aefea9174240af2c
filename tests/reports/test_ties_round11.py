"""Round 11: ties told by their winner alone, by phrase family (lists of losers, German
word order, split verbs). Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import read, tie

DE_CUP_LEAD = (
    " date 2010-04-30 Der Hamburger SV ist im Halbfinale der Europa League am FC Fulham "
    "gescheitert. "
)


@pytest.mark.parametrize(
    "told",
    [
        "Der FC Fulham hatte zuvor Schachtjor Donezk, Juventus Turin und den VfL Wolfsburg "
        "ausgeschaltet.",
        "Auf dem Weg dorthin hatte der FC Fulham Schachtjor Donezk, Juventus Turin und den "
        "VfL Wolfsburg ausgeschaltet.",
    ],
)
def test_sides_listed_before_a_german_participle_of_knocking_out_are_the_losers(told):
    facts = read(DE_CUP_LEAD + told)
    for loser in ("shakhtar", "juventus", "vfl-wolfsburg"):
        assert tie(facts, "fulham", loser).winner == "fulham"


def test_a_side_beaten_in_one_match_of_a_cup_is_no_listed_loser():
    facts = read(
        DE_CUP_LEAD + "Die Hanseaten hatten sich im Halbfinale gegen den Zweitligisten FC "
        "Augsburg durchgesetzt."
    )
    assert not [t for t in facts.ties if "fc-augsburg" in t.teams]


def test_three_sides_knocked_out_in_one_list_are_each_a_loser():
    facts = read(
        " date 2012-05-10 Atletico Madrid won the Europa League final on Wednesday. Athletic "
        "Bilbao had knocked out Manchester United, Schalke and Sporting Lisbon on the way."
    )
    for loser in ("manchester-united", "schalke-04", "sporting-cp"):
        assert tie(facts, "athletic-bilbao", loser).winner == "athletic-bilbao"


def test_kam_gegen_x_weiter_names_the_winner_of_a_tie():
    facts = read(
        " date 2017-04-21 Der FC Schalke 04 ist im Viertelfinale der Europa League "
        "ausgeschieden. Celta Vigo kam gegen KRC Genk weiter."
    )
    assert tie(facts, "celta-vigo", "genk").winner == "celta-vigo"


def test_a_list_apposed_to_the_knocked_out_description_names_each_loser():
    facts = read(
        " date 2018-04-26 Guadalajara beat Toronto FC on penalties in the CONCACAF Champions "
        "League final. Toronto reached the final by knocking out two Liga MX heavyweights, "
        "Tigres and Club América."
    )
    for loser in ("tigres", "club-america"):
        found = tie(facts, "toronto-fc", loser)
        assert found.winner == "toronto-fc"
        assert found.competition == "CONCACAF Champions League"
        assert found.stage is None
