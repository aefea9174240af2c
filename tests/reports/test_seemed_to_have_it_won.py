"""`Liverpool seemed to have the trophy won, but Jordi Cruyff rose to head in a corner a
minute from the end of normal time`: the win that only seemed so, told with its object
before `won`, denies no goal told after it (set 42 lost Cruyff's equaliser). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from bot.facts import Match
from tests.reports.helpers import goals_for


@pytest.mark.parametrize(
    "sentence",
    [
        "Valencia seemed to have the game won, but Iago Aspas rose to head in a corner in the "
        "88th minute.",
        "Valencia appeared to have it sealed, but Iago Aspas rose to head in a corner in the "
        "88th minute.",
    ],
)
def test_a_win_that_seemed_denies_no_goal(sentence: str) -> None:
    body = "Celta Vigo drew 1-1 with Valencia. Hugo Duro scored in the 20th minute. " + sentence
    (m,) = goals_for(body, Match("celta-vigo", "valencia", (1, 1)), lang="en")
    assert [(g.player, g.minute) for g in m.goals or []] == [("Hugo Duro", 20), ("Iago Aspas", 88)]
