"""`der Chelsea-Profi`, `der Bayern-Stürmer`: a German compound of a club and a role points
back to the player named before it, like `the Chelsea forward`; it is no reason to hand
the goal to the coach who sent him on. Texts written for these tests."""

from __future__ import annotations

import pytest

from bot.facts import Match
from tests.reports.helpers import goals_for


@pytest.mark.parametrize(
    "body",
    [
        "Oliver Glasner brachte Jean-Philippe Mateta, und der Palace-Profi traf zum 1:0 (71.).",
        "Oliver Glasner brachte Jean-Philippe Mateta. Der Palace-Stürmer traf zum 1:0 (71.).",
        "Oliver Glasner sent on Jean-Philippe Mateta, and the Palace striker scored (71st minute).",
    ],
)
def test_a_club_compound_role_points_back_to_the_player(body):
    (found,) = goals_for(
        "Crystal Palace beat Brentford 1-0. " + body,
        Match(home="crystal-palace", away="brentford", score=(1, 0)),
    )
    assert [(g.player, g.minute) for g in found.goals or []] == [("Jean-Philippe Mateta", 71)]
