"""`Rüdiger turned the ball past his own goalkeeper, Thibaut Courtois; the own goal, in the
12th minute, took the sting out of Chelsea's start`: `the own goal` (`das Eigentor`) opening
a clause after a goal told in the same sentence is that goal again, never a goal of the
last one named (a held-out report credited the keeper). Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.facts import Match
from tests.reports.helpers import goals_for

CASES = [
    (
        "en",
        "Liverpool beat Everton 1-0. Under pressure from Darwin Nunez, James Tarkowski turned "
        "the ball past his own goalkeeper, Jordan Pickford; the own goal, in the 20th minute, "
        "settled the derby.",
    ),
    (
        "de",
        "Liverpool gewann 1:0 gegen Everton. Bedrängt von Darwin Núñez lenkte James Tarkowski "
        "den Ball an seinem eigenen Torhüter, Jordan Pickford, vorbei ins Tor; das Eigentor, "
        "in der 20. Minute, entschied das Derby.",
    ),
]


@pytest.mark.parametrize(("lang", "body"), CASES)
def test_the_own_goal_is_the_goal_just_told(lang, body) -> None:
    (m,) = goals_for(body, Match("liverpool", "everton", (1, 0)), lang=lang)
    assert all(g.player != "Jordan Pickford" for g in m.goals or [])
