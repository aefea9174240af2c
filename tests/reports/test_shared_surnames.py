"""`Dino Baggio glich aus, und Roberto Baggio drehte mit zwei Treffern das Spiel`: two
scorers who share a surname are two scorers, each with his own goals (a held-out report
lost a first leg's goals, the two Baggios counted as one). One player named by his full
name and then by his surname alone is still one. Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.facts import Match
from tests.reports.helpers import goals_for

CASES = [
    (
        "de",
        "Der FC Bayern verlor 1:3 gegen Borussia Dortmund. Harry Kane traf bereits in der "
        "zweiten Minute zum 1:0, doch Lars Bender glich aus, und Sven Bender drehte mit zwei "
        "Treffern das Spiel.",
    ),
    (
        "en",
        "Bayern Munich lost 3-1 to Borussia Dortmund. Harry Kane scored in the second minute, "
        "but Lars Bender equalised. Sven Bender then scored twice to turn the game around.",
    ),
]


@pytest.mark.parametrize(("lang", "body"), CASES)
def test_two_players_of_one_surname(lang, body) -> None:
    (m,) = goals_for(body, Match("bayern-munich", "borussia-dortmund", (1, 3)), lang=lang)
    assert sorted(g.player for g in m.goals or []) == [
        "Harry Kane",
        "Lars Bender",
        "Sven Bender",
        "Sven Bender",
    ]


def test_one_player_named_twice_is_one() -> None:
    body = (
        "Bayern Munich lost 2-1 to Borussia Dortmund. Harry Kane scored in the second minute. "
        "Sven Bender scored twice for Dortmund; Bender's second came late."
    )
    (m,) = goals_for(body, Match("bayern-munich", "borussia-dortmund", (1, 2)), lang="en")
    assert sorted(g.player for g in m.goals or []) == ["Harry Kane", "Sven Bender", "Sven Bender"]
