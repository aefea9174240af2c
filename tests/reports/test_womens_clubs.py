"""Clubs that play only women's football (NWSL sides, Umeå IK, 1. FFC Frankfurt) are
known by name, so their results are read like any club's."""

from __future__ import annotations

from tests.reports.helpers import match, pairs, read


def test_nwsl_final_between_women_only_clubs():
    facts = read(
        " date 2024-11-24 Portland Thorns beat Gotham FC 1-0 in the NWSL Championship final "
        "on Saturday night."
    )
    assert pairs(facts) == {("portland-thorns", "nj-ny-gotham", (1, 0))}


def test_reign_is_the_seattle_side():
    facts = read(
        " date 2022-10-30 Washington Spirit beat Seattle Reign 2-1 in the NWSL final on "
        "Saturday."
    )
    assert match(facts, "washington-spirit", "ol-reign").score == (2, 1)


def test_german_women_clubs():
    facts = read(
        " date 2010-05-14 Im Finale des DFB-Pokals der Frauen setzte sich Turbine Potsdam "
        "am Samstag in Köln mit 1:0 gegen den 1. FFC Frankfurt durch."
    )
    assert {m.away for m in facts.matches} == {"ffc-frankfurt"}
    assert {m.home for m in facts.matches} == {"turbine-potsdam"}
