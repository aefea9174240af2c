"""`Havertz made it 2-0 with a header in first-half stoppage time`: minute 45, the added
minutes not told (`a minute into stoppage time` keeps 90+1). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read

_EN = " date 2024-02-11 Arsenal beat Brighton 2-0 at the Emirates Stadium on Saturday. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Kai Havertz made it 1-0 with a header in first-half stoppage time and added his "
        "second in the 53rd minute.",
        "Kai Havertz scored in stoppage time of the first half and added his second in the "
        "53rd minute.",
    ],
)
def test_first_half_stoppage_time_is_minute_45(sentence: str) -> None:
    found = match(read(_EN + sentence), "arsenal", "brighton")
    assert [(g.minute, g.added, g.player) for g in found.goals] == [
        (45, None, "Kai Havertz"),
        (53, None, "Kai Havertz"),
    ]


def test_a_minute_into_stoppage_time_stays_90_plus_1() -> None:
    text = _EN + "Saka scored in the 20th minute and Havertz a minute into stoppage time."
    found = match(read(text), "arsenal", "brighton")
    assert [(g.minute, g.added) for g in found.goals] == [(20, None), (90, 1)]
