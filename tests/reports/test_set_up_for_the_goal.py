"""`Odegaard set up Saka for the second 11 minutes later`, `teed up Havertz for the
opener`: the player set up for a goal named by its place or kind scored it, the one who
set him up did not. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read

_EN = " date 2024-02-11 Arsenal beat Brighton 2-0 at the Emirates Stadium on Saturday. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Havertz scored in the 50th minute. Martin Odegaard set up Saka for the second "
        "11 minutes later.",
        "Havertz scored in the 50th minute. Odegaard teed up Saka for the second in the "
        "61st minute.",
    ],
)
def test_the_player_set_up_for_the_goal_scores_it(sentence: str) -> None:
    found = match(read(_EN + sentence), "arsenal", "brighton")
    assert [(g.minute, g.player) for g in found.goals] == [(50, "Havertz"), (61, "Saka")]


def test_set_up_for_the_opener() -> None:
    text = _EN + "Odegaard set up Saka for the opener in the 12th minute."
    found = match(read(text), "arsenal", "brighton")
    assert [(g.minute, g.player) for g in found.goals] == [(12, "Saka")]


def test_set_up_for_a_chance_is_no_goal() -> None:
    text = _EN + "Odegaard set up Saka for a chance in the 12th minute, but Verbruggen saved."
    found = match(read(text), "arsenal", "brighton")
    assert all(g.player != "Saka" for g in found.goals or [])
