"""A time told roughly (`Eine Viertelstunde vor dem Ende`, `Nach einer halben Stunde`) and
the bracketed minute after it in the same sentence are one time: the goal is told once,
at the bracket's minute. Texts written for these tests."""

from __future__ import annotations

import pytest

from bot.facts import Match
from tests.reports.helpers import goals_for


def _goals(body: str) -> list[tuple[str | None, int | None]]:
    (found,) = goals_for(body, Match(home="hamburger-sv", away="vfb-stuttgart", score=(2, 1)))
    return [(goal.player, goal.minute) for goal in found.goals or []]


@pytest.mark.parametrize(
    ("sentence", "minute"),
    [
        ("Eine Viertelstunde vor dem Ende köpfte Piotr Trochowski zum 2:1 ein (77.).", 77),
        ("Zehn Minuten vor Schluss traf Piotr Trochowski zum 2:1 (79.).", 79),
        ("Nach einer halben Stunde traf Piotr Trochowski zum 2:1 (32.).", 32),
    ],
)
def test_the_bracket_gives_the_one_minute(sentence, minute):
    goals = _goals("Der Hamburger SV hat den VfB Stuttgart 2:1 geschlagen. " + sentence)
    assert [g for g in goals if g[0] == "Piotr Trochowski"] == [("Piotr Trochowski", minute)]


def test_a_rough_time_without_a_bracket_still_counts():
    goals = _goals(
        "Der Hamburger SV hat den VfB Stuttgart 2:1 geschlagen. Eine Viertelstunde vor dem "
        "Ende köpfte Piotr Trochowski zum 2:1 ein. Danach hielt der HSV das Ergebnis."
    )
    assert ("Piotr Trochowski", 75) in goals
