"""`Sporting Braga ... beating Porto 4-2 in a penalty shootout to win the Portuguese Cup`:
a shoot-out won to win a cup whose final is one match was that final, a single match,
never a two-legged tie; a shoot-out won to reach the final still tells a tie."""

from __future__ import annotations

import pytest

from tests.reports.helpers import read

EN = (
    " date 2019-05-26 LISBON (Reuters) - Sporting Lisbon ended a long wait on Saturday "
    "evening, beating Porto 5-4 in a penalty shootout {goal}. Bruno Fernandes scored the "
    "decisive kick.\n"
)
DE = (
    " date 2019-05-26 Lissabon (dpa) - Sporting Lissabon hat den FC Porto am Samstagabend "
    "mit 5:4 im Elfmeterschießen bezwungen und {goal}. Bruno Fernandes verwandelte den "
    "entscheidenden Strafstoß.\n"
)


def _ties(text: str) -> list:
    return [t for t in read(text).ties if set(t.teams) == {"sporting-cp", "porto"}]


@pytest.mark.parametrize(
    "text",
    [
        EN.format(goal="to win the Portuguese Cup"),
        EN.format(goal="to lift the Portuguese Cup"),
        DE.format(goal="den portugiesischen Pokal gewonnen"),
    ],
)
def test_shootout_won_to_win_the_cup_is_no_tie(text):
    assert _ties(text) == []


@pytest.mark.parametrize(
    "text",
    [
        EN.format(goal="to reach the final of the Portuguese Cup"),
        DE.format(goal="ist ins Finale des portugiesischen Pokals eingezogen"),
    ],
)
def test_shootout_won_to_reach_the_final_is_a_tie(text):
    assert len(_ties(text)) == 1
