"""The keeper a penalty taker sent the wrong way is no scorer (`Lampard sent De Sanctis
the wrong way`, `schickte Kobel in die falsche Ecke`), met on set 32's Chelsea-Napoli
and Arsenal-Chelsea reports; sentences written for these tests."""

from __future__ import annotations

from bot.facts import Match
from tests.reports.helpers import goals_for


def scorers(match: Match) -> list[tuple]:
    return [(g.minute, g.player) for g in match.goals or []]


def _bayern() -> Match:
    return Match("bayern-munich", "borussia-dortmund", (2, 1))


def test_the_keeper_sent_the_wrong_way_is_no_scorer_en():
    (match,) = goals_for(
        "Bayern beat Dortmund 2-1. Harry Kane sent Gregor Kobel the wrong way from the spot "
        "in the 75th minute.",
        _bayern(),
    )
    assert scorers(match) == [(75, "Harry Kane")]


def test_the_keeper_sent_the_wrong_way_is_no_scorer_de():
    (match,) = goals_for(
        "Bayern gewann 2:1 gegen Dortmund. Harry Kane schickte Gregor Kobel vom Punkt in die "
        "falsche Ecke (75.).",
        _bayern(),
        lang="de",
    )
    assert scorers(match) == [(75, "Harry Kane")]
