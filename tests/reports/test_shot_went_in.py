"""A shot told going in inside a post (`drove a low shot inside the far post`), a penalty
told by how it was struck (`X chipped a penalty down the middle`) and a keeper beaten
(`beat the goalkeeper from close range`) are goals; the same shot saved, a penalty onto
the bar or a keeper beaten to the ball is none. Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.facts import Match
from tests.reports.helpers import goals_for

SCORED = [
    "In the 55th minute Lautaro Martínez turned and drove a low shot inside the near post.",
    "Lautaro Martínez chipped a penalty down the middle in the 55th minute.",
    "Lautaro Martínez beat the goalkeeper from close range in the 55th minute.",
]
NOT_SCORED = [
    "In the 55th minute Lautaro Martínez's low shot inside the near post was saved by Ivan "
    "Provedel.",
    "Lautaro Martínez chipped a penalty onto the bar in the 55th minute.",
    "Lautaro Martínez fired a penalty wide in the 55th minute.",
    "Lautaro Martínez beat the goalkeeper to the ball in the 55th minute but shot wide.",
]


@pytest.mark.parametrize("sentence", SCORED)
def test_the_shot_went_in(sentence: str) -> None:
    body = "Roma beat Lazio 1-0 in the derby. " + sentence
    (m,) = goals_for(body, Match("roma", "lazio", (1, 0)), lang="en")
    assert [(g.player, g.minute) for g in m.goals or []] == [("Lautaro Martínez", 55)]


@pytest.mark.parametrize("sentence", NOT_SCORED)
def test_the_shot_did_not_go_in(sentence: str) -> None:
    body = "Roma beat Lazio 1-0 in the derby. " + sentence
    (m,) = goals_for(body, Match("roma", "lazio", (1, 0)), lang="en")
    assert not m.goals
