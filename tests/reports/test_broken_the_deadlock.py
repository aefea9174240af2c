"""`By then Aguero had broken the deadlock in the 24th minute`: the cue holds in every
form of the verb, as `broke the deadlock` did. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read

_EN = " date 2024-02-11 Arsenal beat Brighton 1-0 at the Emirates Stadium on Saturday. "


@pytest.mark.parametrize(
    "sentence",
    [
        "By then Gabriel Martinelli had broken the deadlock in the 24th minute.",
        "Gabriel Martinelli, breaking the deadlock in the 24th minute, settled the nerves.",
    ],
)
def test_broken_the_deadlock_is_a_goal(sentence: str) -> None:
    found = match(read(_EN + sentence), "arsenal", "brighton")
    assert [(g.minute, g.player) for g in found.goals] == [(24, "Gabriel Martinelli")]
