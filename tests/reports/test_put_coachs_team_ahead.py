"""`X's drive in the 64th minute put Mikel Arteta's team ahead`, `gave Arteta's side the
lead`: a side told by its coach's possessive still makes `put ... ahead` a goal cue.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read

_EN = " date 2024-02-11 Arsenal beat Brighton 2-0 at the Emirates Stadium on Saturday. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Declan Rice's long-range drive in the 64th minute put Mikel Arteta's team ahead.",
        "Declan Rice's low drive in the 64th minute put Mikel Arteta's men 1-0 up.",
        "Declan Rice's drive in the 64th minute gave Mikel Arteta's side a 1-0 lead.",
    ],
)
def test_put_a_coachs_team_ahead_is_a_goal(sentence: str) -> None:
    found = match(read(_EN + sentence), "arsenal", "brighton")
    assert [(g.minute, g.player) for g in found.goals] == [(64, "Declan Rice")]
