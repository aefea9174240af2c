"""`Webster was sent off in the 37th minute, and Arsenal, already a goal up, ran away
with it`: `a goal up`, `two goals down` tell a state, not a goal, so the one sent off is
no scorer. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read

_EN = " date 2024-02-11 Arsenal beat Brighton 2-0 at the Emirates Stadium on Saturday. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Havertz scored early. Adam Webster was sent off in the 37th minute for a high "
        "boot, and Arsenal, already a goal up, ran away with it.",
        "Havertz scored early. Adam Webster was sent off in the 37th minute with Brighton "
        "already a goal down.",
    ],
)
def test_a_goal_up_names_no_scorer(sentence: str) -> None:
    found = match(read(_EN + sentence), "arsenal", "brighton")
    assert "Adam Webster" not in [g.player for g in found.goals or []]


def test_a_goal_still_counts() -> None:
    text = _EN + "Havertz scored a goal in the 20th minute and Saka added another in the 70th."
    found = match(read(text), "arsenal", "brighton")
    assert [(g.minute, g.player) for g in found.goals] == [(20, "Havertz"), (70, "Saka")]
