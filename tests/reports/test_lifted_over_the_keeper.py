"""`controlled the long ball on his chest in the 32nd minute and lifted it over goalkeeper
Justin Bijlow`: a ball lifted, chipped or lobbed over the goalkeeper is a goal told.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read

_EN = " date 2024-02-11 Arsenal beat Brighton 1-0 at the Emirates Stadium on Saturday. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Kai Havertz scored the only goal. The 24-year-old forward controlled a long ball on "
        "his chest in the 32nd minute and lifted it over goalkeeper Bart Verbruggen.",
        "Kai Havertz raced clear in the 32nd minute and chipped the ball over the goalkeeper.",
        "In the 32nd minute Kai Havertz lobbed the ball over the onrushing keeper.",
    ],
)
def test_lifted_over_the_keeper_is_a_goal(sentence: str) -> None:
    found = match(read(_EN + sentence), "arsenal", "brighton")
    assert [(g.minute, g.player) for g in found.goals] == [(32, "Kai Havertz")]


def test_lifted_over_the_keeper_and_onto_the_bar_is_none() -> None:
    text = _EN + "In the 32nd minute Kai Havertz lifted the ball over the keeper and hit the bar."
    found = match(read(text), "arsenal", "brighton")
    assert (32, "Kai Havertz") not in [(g.minute, g.player) for g in found.goals or []]
