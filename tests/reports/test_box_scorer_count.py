"""A results line whose one scorer carries a number equal to his side's goals (`Mexico 2
(Luis Garcia 2)`): the number counts his goals, it is no minute (one minute cannot hold
two goals). A lone scorer's number that differs from the side's goals stays unread.
Lines written for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read

_HEAD = (
    " date 1998-06-20 PARIS — Group A ended on Saturday with every side on four points.\n\n"
    "Friday, June 19, Lyon\n"
)


def test_lone_scorer_number_equal_to_the_goals_is_a_count() -> None:
    facts = read(_HEAD + "Norway 3 (Tore Andre Flo 3) Scotland 1 (Gallacher)\n")
    found = match(facts, "norway", "scotland")
    assert [(g.player, g.minute, g.team) for g in found.goals] == [
        ("Tore Andre Flo", None, "norway"),
        ("Tore Andre Flo", None, "norway"),
        ("Tore Andre Flo", None, "norway"),
        ("Gallacher", None, "scotland"),
    ]


def test_lone_scorer_number_other_than_the_goals_is_no_count() -> None:
    facts = read(_HEAD + "Norway 2 (Tore Andre Flo 3) Scotland 1 (Gallacher)\n")
    found = match(facts, "norway", "scotland")
    assert not found.goals
