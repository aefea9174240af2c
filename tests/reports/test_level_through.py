"""`Brighton were level in the 59th through Joao Pedro`: a side level `through` a player
at a time is that player's goal, as `equalised through X` is; `level at half-time` alone
tells none. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read

_EN = (
    " date 2024-02-11 Arsenal beat Brighton 2-1 at the Emirates Stadium on Saturday. "
    "Havertz scored in the 10th minute. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Brighton were level in the 59th through Joao Pedro.",
        "Brighton were level in the 59th minute through Joao Pedro, against the run of play.",
        "The visitors got level through Joao Pedro in the 59th minute.",
    ],
)
def test_level_through_a_player_is_his_goal(sentence: str) -> None:
    found = match(read(_EN + sentence), "arsenal", "brighton")
    assert (59, "Joao Pedro") in [(g.minute, g.player) for g in found.goals]


def test_level_at_half_time_is_no_goal() -> None:
    text = _EN + "The sides were level at half-time, with Joao Pedro the visitors' best player."
    found = match(read(text), "arsenal", "brighton")
    assert [(g.minute, g.player) for g in found.goals] == [(10, "Havertz")]
