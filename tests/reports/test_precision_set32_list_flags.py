"""An own goal or penalty told for one item of a list of goals with bracketed minutes
(`dann brachten Mbappé (19.) und ein Eigentor von Sven Bender (35.) Monaco in Führung`),
from set 32's Monaco-Dortmund report; sentences written for these tests."""

from __future__ import annotations

from bot.facts import Match
from tests.reports.helpers import goals_for


def flags(match: Match) -> list[tuple]:
    return [(g.minute, g.player, g.penalty, g.own_goal) for g in match.goals or []]


def _bayern() -> Match:
    return Match("bayern-munich", "borussia-dortmund", (2, 1))


def test_an_own_goal_item_of_a_list_de():
    (match,) = goals_for(
        "Bayern gewann 2:1 gegen Dortmund. Nach einer torlosen ersten Halbzeit brachten "
        "Harry Kane (52.) und ein Eigentor von Nico Schlotterbeck (70.) Bayern in Führung.",
        _bayern(),
        lang="de",
    )
    assert flags(match) == [
        (52, "Harry Kane", False, False),
        (70, "Nico Schlotterbeck", False, True),
    ]


def test_an_own_goal_item_of_a_list_en():
    (match,) = goals_for(
        "Bayern beat Dortmund 2-1. After a goalless first half, goals from Harry Kane (52) "
        "and an own goal by Nico Schlotterbeck (70) put Bayern ahead.",
        _bayern(),
    )
    assert flags(match) == [
        (52, "Harry Kane", False, False),
        (70, "Nico Schlotterbeck", False, True),
    ]


def test_a_penalty_told_after_an_earlier_item_is_not_the_next_ones_de():
    (match,) = goals_for(
        "Bayern gewann 2:1 gegen Dortmund. Harry Kane (12., Foulelfmeter) und Thomas Müller "
        "(30.) trafen für Bayern.",
        _bayern(),
        lang="de",
    )
    assert (30, "Thomas Müller", False, False) in flags(match)
