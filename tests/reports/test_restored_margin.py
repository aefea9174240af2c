"""`McAllister converted the penalty to restore Liverpool's two-goal cushion`: a margin the
goal restores is the goal's work; a margin merely held (`protected their two-goal
cushion`) still tells no goal. Sentences written for these tests."""

from __future__ import annotations

from bot.facts import Match
from tests.reports.helpers import goals_for

OPENING = "Porto beat Braga 3-1. Mehdi Taremi scored in the 10th and 30th minutes. "


def test_a_goal_that_restored_the_margin_is_a_goal() -> None:
    body = (
        OPENING + "Ricardo Horta pulled one back in the 35th minute, but Pepê converted a "
        "penalty in the 41st minute to restore Porto's two-goal cushion."
    )
    (m,) = goals_for(body, Match("porto", "braga", (3, 1)), lang="en")
    assert ("Pepê", 41) in [(g.player, g.minute) for g in m.goals or []]


def test_a_margin_held_tells_no_goal() -> None:
    body = OPENING + "Pepê protected Porto's two-goal cushion in the 80th minute with a block."
    (m,) = goals_for(body, Match("porto", "braga", (3, 1)), lang="en")
    assert "Pepê" not in [g.player for g in m.goals or []]
