"""`The U.S. beat Qatar 1-0 in the semifinals in Austin, Texas, on a goal from Gyasi Zardes
in the 86th minute`: `on a goal from X` tells a goal, not a shot `on goal`, which stays
none; other goal nouns after a preposition stay blanked as before (`bundle in the only goal
from a set-piece` in a past final's sentence must not become the main match's goal).
Sentences written for these tests."""

from __future__ import annotations

from bot.facts import Match
from tests.reports.helpers import goals_for


def test_on_a_goal_from_is_a_goal() -> None:
    body = (
        "Arsenal beat Chelsea 1-0 in the semifinal in London, England, on a goal from Kai "
        "Havertz in the 86th minute."
    )
    (m,) = goals_for(body, Match("arsenal", "chelsea", (1, 0)), lang="en")
    assert [(g.player, g.minute) for g in m.goals or []] == [("Kai Havertz", 86)]


def test_a_shot_on_goal_stays_none() -> None:
    body = (
        "Arsenal beat Chelsea 1-0. Kai Havertz scored in the 20th minute. Cole Palmer had a "
        "shot on goal from distance in the 86th minute."
    )
    (m,) = goals_for(body, Match("arsenal", "chelsea", (1, 0)), lang="en")
    assert [(g.player, g.minute) for g in m.goals or []] == [("Kai Havertz", 20)]


def test_only_on_a_goal_from_is_freed() -> None:
    from bot.reports.goals.cues import KEEPER_GOAL

    assert KEEPER_GOAL.search("won it on a goal from Kai Havertz") is None
    assert KEEPER_GOAL.search("to bundle in the only goal from a set-piece") is not None
