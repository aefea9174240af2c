"""`Benítez was left to rue the timing of his side's own goal`, `Klopp haderte mit dem
Eigentor seiner Mannschaft`: a goal told as a side's (`his side's goal`, `das Tor seiner
Mannschaft`) is no goal of the one whose side it is (a held-out report credited a coach
with an own goal, which cost a first leg's scorer). A player who scored his side's goal
is still its scorer. Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.facts import Match
from tests.reports.helpers import goals_for

CASES = [
    (
        "en",
        "Liverpool drew 1-1 with Everton. Mohamed Salah scored for Liverpool. Arne Slot was "
        "left to rue the timing of his side's own goal.",
    ),
    (
        "de",
        "Liverpool spielte 1:1 gegen Everton. Mohamed Salah traf für Liverpool. Arne Slot "
        "haderte mit dem Eigentor seiner Mannschaft.",
    ),
]


@pytest.mark.parametrize(("lang", "body"), CASES)
def test_the_sides_goal_is_not_the_coachs(lang, body) -> None:
    (m,) = goals_for(body, Match("liverpool", "everton", (1, 1)), lang=lang)
    assert all(g.player != "Arne Slot" for g in m.goals or [])


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("en", "Liverpool beat Everton 1-0. Mohamed Salah scored his side's only goal."),
        (
            "de",
            "Liverpool gewann 1:0 gegen Everton. Mohamed Salah erzielte das Tor seiner Mannschaft.",
        ),
    ],
)
def test_the_player_who_scored_it_still_did(lang, body) -> None:
    (m,) = goals_for(body, Match("liverpool", "everton", (1, 0)), lang=lang)
    assert [g.player for g in m.goals or []] == ["Mohamed Salah"]
