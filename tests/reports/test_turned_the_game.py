"""`kurz vor der Pause drehte Burak Yilmaz die Partie`: a player who `drehte die Partie`
(`das Spiel`) scored the goal that turned it (a held-out report lost that goal, and with it
the match's whole list). A coach who turned it with his changes scored nothing, nor does
English `turned the game` tell a goal. Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.facts import Match
from tests.reports.helpers import goals_for


def test_german_player_turned_the_game() -> None:
    body = (
        "Der FC Bayern verlor 1:2 gegen Borussia Dortmund. Harry Kane brachte die Gastgeber "
        "früh in Führung. Julian Brandt traf mit einem Distanzschuss zum Ausgleich, und kurz "
        "vor Schluss drehte Karim Adeyemi die Partie."
    )
    (m,) = goals_for(body, Match("bayern-munich", "borussia-dortmund", (1, 2)), lang="de")
    assert sorted(g.player for g in m.goals or []) == [
        "Harry Kane",
        "Julian Brandt",
        "Karim Adeyemi",
    ]


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        (
            "de",
            "Der FC Bayern verlor 1:2 gegen Borussia Dortmund. Harry Kane brachte die Gastgeber "
            "früh in Führung. Nach der Pause drehte Trainer Nuri Sahin mit zwei Wechseln das "
            "Spiel, Julian Brandt und Karim Adeyemi trafen.",
        ),
        (
            "en",
            "Dortmund beat Bayern Munich 2-1. Harry Kane put Bayern ahead early. Nuri Sahin "
            "turned the game with two changes at half-time, and Julian Brandt and Karim Adeyemi "
            "scored.",
        ),
    ],
)
def test_a_coach_who_turned_the_game_scored_nothing(lang, body) -> None:
    (m,) = goals_for(body, Match("bayern-munich", "borussia-dortmund", (1, 2)), lang=lang)
    assert all(g.player != "Nuri Sahin" for g in m.goals or [])
