"""`In the 103rd minute, from a long free kick, Henry ... hooked it across for Gallas to
head in`: the player set up `to head in` scored, at the time told before a `from a free
kick` aside; `scored from a free kick` still is a goal. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read

_EN = (
    " date 2024-02-11 Arsenal beat Brighton 2-1 at the Emirates Stadium on Saturday. "
    "Havertz scored in the 10th minute and Welbeck levelled in the 30th. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "In the 80th minute, from a long free kick, Odegaard controlled the ball before "
        "hooking it across for Saka to head in from close range.",
        "In the 80th minute Odegaard squared for Saka to tap in.",
        "Saka scored from a free kick in the 80th minute.",
    ],
)
def test_the_player_set_up_to_head_in_scored(sentence: str) -> None:
    found = match(read(_EN + sentence), "arsenal", "brighton")
    assert (80, "Saka") in [(g.minute, g.player) for g in found.goals]
    assert "Odegaard" not in [g.player for g in found.goals]
