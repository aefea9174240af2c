"""Scorers listed by side after a result: `Chelsea scorers: Palmer 17, Jackson 79. Arsenal
scorer: Saka 69.` and `Scorers: Chelsea: Palmer 17, Jackson 79 pen; Arsenal: Saka 69.`
give the match's goals with their sides, where each side that scored is accounted for
(a held-out report's result block). A list that leaves a goal out adds nothing. The German
`Tore: 1:0 Kane (12.)` block was read and stays so. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read

LEAD = "Chelsea reached the final with a 2-1 win over Arsenal at Villa Park on Sunday."


@pytest.mark.parametrize(
    "block",
    [
        "FA Cup semi-final, Villa Park: Chelsea 2, Arsenal 1. Chelsea scorers: Palmer 17, "
        "Jackson 79 pen. Arsenal scorer: Saka 69.\n\n" + LEAD,
        "Chelsea 2 Arsenal 1\n\n" + LEAD + "\n\nScorers: Chelsea: Palmer 17, Jackson 79 pen; "
        "Arsenal: Saka 69.",
    ],
)
def test_side_lists_give_the_goals(block) -> None:
    m = match(read(" date 2025-04-20 " + block), "chelsea", "arsenal")
    got = sorted((g.player, g.minute, g.team, g.penalty) for g in m.goals or [])
    assert got == [
        ("Jackson", 79, "chelsea", True),
        ("Palmer", 17, "chelsea", False),
        ("Saka", 69, "arsenal", False),
    ]


def test_a_list_short_of_a_goal_adds_nothing() -> None:
    block = (
        "FA Cup semi-final, Villa Park: Chelsea 2, Arsenal 1. Chelsea scorer: Palmer 17. "
        "Arsenal scorer: Saka 69.\n\n" + LEAD
    )
    m = match(read(" date 2025-04-20 " + block), "chelsea", "arsenal")
    assert not m.goals


def test_german_goal_block_stays_read() -> None:
    block = (
        "Bayern siegt im Klassiker\n\nDer FC Bayern München hat Borussia Dortmund mit 2:1 "
        "geschlagen.\n\nFC Bayern München – Borussia Dortmund 2:1 (1:0)\nTore: 1:0 Kane (12.), "
        "1:1 Brandt (55.), 2:1 Musiala (80.)"
    )
    m = match(read(" date 2025-04-20 " + block), "bayern-munich", "borussia-dortmund")
    assert sorted((g.player, g.minute) for g in m.goals or []) == [
        ("Brandt", 55),
        ("Kane", 12),
        ("Musiala", 80),
    ]
