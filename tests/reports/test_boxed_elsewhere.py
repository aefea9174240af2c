"""A prose goal that a results line gives to the report's own match (same scorer, same
minute) is no goal of a match told in passing that the prose was placed on."""

from __future__ import annotations

from bot.facts import Goal, Match
from bot.reports.goals.boxedelsewhere import drop_boxed_elsewhere


def _match(home, away, score, goals):
    return Match(home=home, away=away, score=score, goals=goals)


def test_unsided_copy_of_a_boxed_goal_is_dropped():
    passing = _match(
        "barcelona", "atletico-madrid", (1, 1), [Goal(team=None, player="Angel Correa", minute=57)]
    )
    own = _match(
        "valladolid",
        "atletico-madrid",
        (1, 2),
        [Goal(team="atletico-madrid", player="Angel Correa", minute=57)],
    )
    drop_boxed_elsewhere([passing, own])
    assert passing.goals is None
    assert own.goals and own.goals[0].player == "Angel Correa"


def test_other_minute_or_sided_goal_stays():
    passing = _match(
        "barcelona",
        "atletico-madrid",
        (1, 1),
        [
            Goal(team=None, player="Angel Correa", minute=12),
            Goal(team="barcelona", player="Messi", minute=57),
        ],
    )
    own = _match(
        "valladolid",
        "atletico-madrid",
        (1, 2),
        [Goal(team="atletico-madrid", player="Messi", minute=57)],
    )
    drop_boxed_elsewhere([passing, own])
    assert len(passing.goals) == 2
