"""A player who fires a team to a win (`Rodrygo fired Real Madrid to a 2-0 win over
Sevilla`, `schoss Real Madrid zum 2:0-Sieg gegen den FC Sevilla`, `hat ... zum 2:0-Sieg
geschossen`): the team won, over the side named after the win; `zum 2:0-Sieg` is the
result, not a goal's running score. Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import read


def pairs(facts):
    return [(m.home, m.away, m.score) for m in facts.matches]


@pytest.mark.parametrize(
    "text",
    [
        " date 2024-03-06 LYON, France (AP) - Alexandre Lacazette fired Lyon to a 2-0 win "
        "over Nantes at the Groupama Stadium on Wednesday.",
        " date 2024-03-06 Lyon (dpa) - Alexandre Lacazette schoss Olympique Lyon am Mittwoch "
        "im Groupama Stadium zum 2:0-Sieg gegen den FC Nantes.",
        " date 2024-03-06 Lyon (dpa) - Alexandre Lacazette hat Olympique Lyon am Mittwoch im "
        "Groupama Stadium zum 2:0-Sieg gegen den FC Nantes geschossen.",
    ],
)
def test_a_team_fired_to_a_win_over_the_side_named_after_it(text):
    assert pairs(read(text)) == [("lyon", "nantes", (2, 0))]


@pytest.mark.parametrize(
    "text",
    [
        " date 2024-03-06 NANTES, France (AP) - Alexandre Lacazette fired Lyon to a 2-0 win "
        "at Nantes on Wednesday.",
        " date 2024-03-06 Nantes (dpa) - Alexandre Lacazette schoss Olympique Lyon am "
        "Mittwoch zum 2:0-Sieg beim FC Nantes.",
    ],
)
def test_a_team_fired_to_a_win_at_the_side_named_after_it(text):
    assert pairs(read(text)) == [("nantes", "lyon", (0, 2))]


def test_a_goal_to_the_win_is_the_result():
    facts = read(
        " date 2024-03-06 Lyon (dpa) - Olympique Lyon hat am Mittwoch gegen den FC Nantes "
        "gewonnen. Alexandre Lacazette traf in der 80. Minute zum 2:0-Sieg."
    )
    assert pairs(facts) == [("lyon", "nantes", (2, 0))]
