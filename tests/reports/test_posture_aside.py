"""`Smalling nodded a corner back across the area and Mkhitaryan, with his back to goal,
hooked the ball past Onana`: an aside telling how the scorer stood (`with his back to
goal`, `mit dem Rücken zum Tor`, `from close range`) stands between the name and its verb,
which is that name's; and `hooked`/`flicked the ball past` the keeper is a finish (a
held-out report lost the goal). Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.facts import Match
from tests.reports.helpers import goals_for


@pytest.mark.parametrize(
    "finish",
    [
        "Kai Havertz, with his back to goal, hooked the ball past Jordan Pickford",
        "Kai Havertz, from close range, hooked the ball past Jordan Pickford",
    ],
)
def test_english_posture_aside(finish) -> None:
    body = (
        "Arsenal beat Everton 2-0. Bukayo Saka scored in the 20th minute. In the 48th minute "
        f"William Saliba headed a corner back across the area and {finish}."
    )
    (m,) = goals_for(body, Match("arsenal", "everton", (2, 0)), lang="en")
    assert ("Kai Havertz", 48) in [(g.player, g.minute) for g in m.goals or []]
    assert all(g.player != "William Saliba" for g in m.goals or [])


def test_german_posture_aside() -> None:
    body = (
        "Der FC Bayern gewann 2:0 gegen Borussia Dortmund. Harry Kane traf in der 20. Minute. "
        "In der 48. Minute köpfte Dayot Upamecano eine Ecke zurück, und Jamal Musiala, mit "
        "dem Rücken zum Tor, drehte sich und schob ein."
    )
    (m,) = goals_for(body, Match("bayern-munich", "borussia-dortmund", (2, 0)), lang="de")
    assert ("Jamal Musiala", 48) in [(g.player, g.minute) for g in m.goals or []]
    assert all(g.player != "Dayot Upamecano" for g in m.goals or [])


def test_aside_after_and_goes_on_from_the_subject() -> None:
    body = (
        "Arsenal beat Everton 2-0. Bukayo Saka scored in the 20th minute. Kai Havertz "
        "controlled a cross on his chest and, with his back to goal, sent an overhead kick "
        "over Jordan Pickford in the 48th minute to make it 2-0."
    )
    (m,) = goals_for(body, Match("arsenal", "everton", (2, 0)), lang="en")
    assert ("Kai Havertz", 48) in [(g.player, g.minute) for g in m.goals or []]


def test_a_flick_on_is_no_finish() -> None:
    body = (
        "Arsenal beat Everton 2-0. Bukayo Saka scored in the 20th minute. Then Kai Havertz "
        "reacted first when Gabriel Jesus flicked the ball on and shot past Jordan Pickford in "
        "the 109th minute."
    )
    (m,) = goals_for(body, Match("arsenal", "everton", (2, 0)), lang="en")
    assert ("Gabriel Jesus", 109) not in [(g.player, g.minute) for g in m.goals or []]
