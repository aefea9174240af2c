"""`it came with eight minutes remaining. Kostas Manolas rose above the defence to flick a
corner from Cengiz Ünder past ter Stegen`: a flick past the keeper is a goal, and so the
goal told by its time just before is his; a flick past a marker is a dribble. Sentences
written for these tests."""

from __future__ import annotations

from bot.facts import Match
from tests.reports.helpers import goals_for

_BEFORE = (
    "Arsenal beat Everton 2-0. Kai Havertz scored in the 20th minute. That left Arsenal one "
    "goal short of the lead they needed, and it came with five minutes remaining. "
)


def test_a_flick_past_the_keeper_is_a_goal() -> None:
    body = _BEFORE + (
        "William Saliba rose above the Everton defence to flick a corner from Bukayo Saka past "
        "Jordan Pickford."
    )
    (m,) = goals_for(body, Match("arsenal", "everton", (2, 0)), lang="en")
    assert [(g.player, g.minute) for g in m.goals or []] == [
        ("Kai Havertz", 20),
        ("William Saliba", 85),
    ]


def test_a_flick_past_a_marker_is_no_goal() -> None:
    body = (
        "Arsenal beat Everton 1-0. Kai Havertz scored in the 20th minute. Bukayo Saka "
        "flicked the ball past his marker in the 70th minute and crossed."
    )
    (m,) = goals_for(body, Match("arsenal", "everton", (1, 0)), lang="en")
    assert [(g.player, g.minute) for g in m.goals or []] == [("Kai Havertz", 20)]


def test_a_flick_on_is_a_pass() -> None:
    body = (
        "Arsenal beat Everton 2-0. Kai Havertz scored in the 20th minute. Then Gabriel Jesus "
        "reacted first when William Saliba flicked the ball on and shot past Jordan Pickford "
        "in the 88th minute."
    )
    (m,) = goals_for(body, Match("arsenal", "everton", (2, 0)), lang="en")
    assert all(g.player != "William Saliba" for g in m.goals or [])
