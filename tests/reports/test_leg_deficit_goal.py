"""`Kießling glich die Hinspiel-Niederlage bereits in der 6. Minute aus`: a first leg's
result carried into the return (`die Hinspiel-Niederlage`, `den Hinspiel-Rückstand`) is
what the goal made up for; the goal is the return's, not the first leg's. Sentences
written for these tests."""

from __future__ import annotations

from bot.facts import Match
from tests.reports.helpers import goals_for


def test_a_goal_that_levels_the_first_legs_defeat_is_the_returns() -> None:
    first = Match("barcelona", "bayer-leverkusen", (1, 0), leg=1)
    second = Match("bayer-leverkusen", "barcelona", (1, 1), leg=2)
    body = (
        "Bayer Leverkusen und der FC Barcelona trennten sich im Rückspiel 1:1. Dabei begann "
        "der Abend nach Wunsch: Stefan Kießling glich die Hinspiel-Niederlage bereits in der "
        "6. Minute aus."
    )
    first, second = goals_for(body, first, second, lang="de")
    assert not [g for g in first.goals or [] if g.player == "Stefan Kießling"]
