"""A when-clause naming the team's goal by two people joined by `and`: the finisher is
the doer of the goal verb, not the first name (`when Kane was brought down and Musiala
converted the penalty`, `when Sane crossed and Kane headed in`), met while checking set
32's Clasico; sentences written for these tests."""

from __future__ import annotations

from bot.facts import Match
from tests.reports.helpers import goals_for


def scorers(body: str, lang: str | None = None) -> list[tuple]:
    (match,) = goals_for(body, Match("bayern-munich", "borussia-dortmund", (2, 1)), lang=lang)
    return [(g.minute, g.player) for g in match.goals or []]


def test_the_penalty_taker_not_the_player_fouled_en():
    assert scorers(
        "Bayern beat Dortmund 2-1. Bayern doubled their lead in the 30th minute when Harry "
        "Kane was brought down and Jamal Musiala converted the penalty."
    ) == [(30, "Jamal Musiala")]


def test_the_penalty_taker_not_the_player_fouled_de():
    assert scorers(
        "Bayern gewann 2:1 gegen Dortmund. Bayern erhöhte in der 30. Minute, als Harry Kane "
        "im Strafraum zu Fall gebracht wurde und Jamal Musiala den Elfmeter verwandelte.",
        lang="de",
    ) == [(30, "Jamal Musiala")]


def test_the_finisher_not_the_crosser_en():
    assert scorers(
        "Bayern beat Dortmund 2-1. Bayern equalized in the 55th when Leroy Sane crossed and "
        "Harry Kane headed in."
    ) == [(55, "Harry Kane")]
