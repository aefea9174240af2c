"""`rolled the ball into the empty net`, `into the open goal`: a finish into an empty net
or goal is a goal told, like `into an empty net`. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read

_EN = " date 2024-02-11 Arsenal beat Brighton 2-0 at the Emirates Stadium on Saturday. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Gabriel Martinelli rolled the ball into the empty net in the 77th minute.",
        "Gabriel Martinelli poked the ball into the open goal in the 77th minute.",
        "In the 77th minute Gabriel Martinelli stroked it into the unguarded net.",
    ],
)
def test_a_finish_into_the_empty_net_is_a_goal(sentence: str) -> None:
    found = match(read(_EN + sentence), "arsenal", "brighton")
    assert [(g.minute, g.player) for g in found.goals] == [(77, "Gabriel Martinelli")]


def test_a_shot_at_the_open_goal_that_hit_the_post_is_none() -> None:
    text = _EN + "Gabriel Martinelli shot at the open goal in the 77th minute but hit the post."
    found = match(read(text), "arsenal", "brighton")
    assert not found.goals
