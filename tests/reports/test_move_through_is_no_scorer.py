"""`Nach einem Konter über X traf der Nationalspieler zum 2:0 (89.)`: the one a counter or
move ran through set the goal up; the scorer is the one named before (a held-out report
gave the goal to the player the counter ran through). Sentences written for these tests;
the reader must not give the goal to the one the move ran through."""

from __future__ import annotations

from bot.facts import Match
from tests.reports.helpers import goals_for

PAIR = ("borussia-dortmund", "vfb-stuttgart", (2, 0))


def _goals(body: str, lang: str) -> list[tuple]:
    (m,) = goals_for(body, Match(*PAIR), lang=lang)
    return [(g.player, g.minute) for g in m.goals or []]


def test_german_counter_through_a_player_is_no_goal_of_his() -> None:
    body = (
        "Borussia Dortmund schlug den VfB Stuttgart 2:0. Marco Reus traf zum 1:0 (30.). "
        "Am Ende sorgte Karim Adeyemi für die Entscheidung. Nach einem Angriff über Julian "
        "Brandt traf der Flügelspieler zum 2:0 (84.)."
    )
    assert ("Julian Brandt", 84) not in _goals(body, "de")
