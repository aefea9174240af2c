"""A bare `Nations League` between two CONCACAF nations (`Canada beat Jamaica 2-0 in the
Nations League semi-final`) is the CONCACAF Nations League, not UEFA's."""

from __future__ import annotations

from tests.reports.helpers import match, read


def test_english_bare_nations_league_of_two_concacaf_sides():
    facts = read(
        " date 2023-06-16 Las Vegas – Canada beat Panama 2-0 in the Nations League "
        "semi-final on Thursday night."
    )
    assert match(facts, "canada", "panama").competition == "CONCACAF Nations League"


def test_german_bare_nations_league_of_two_concacaf_sides():
    facts = read(
        " date 2023-06-16 Las Vegas – Kanada hat im Halbfinale der Nations League Panama mit "
        "2:0 geschlagen."
    )
    assert match(facts, "canada", "panama").competition == "CONCACAF Nations League"


def test_bare_nations_league_of_two_european_sides_stays_uefas():
    facts = read(
        " date 2023-06-15 Enschede – Croatia beat the Netherlands 4-2 after extra time in the "
        "Nations League semi-final on Wednesday."
    )
    assert match(facts, "croatia", "netherlands").competition == "UEFA Nations League"
