"""`Rice swung the ball in and Gabriel Magalhaes, who had stayed up after a corner, turned
and finished`: the verb-first clause after a relative aside goes on from the name the aside
is about, not from the sentence's first subject. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read

_EN = " date 2024-02-11 Arsenal beat Brighton 1-0 at the Emirates Stadium on Saturday. "
_DE = (
    " date 2024-02-11 Der SC Freiburg gewann am Samstag im Europa-Park Stadion gegen den "
    "VfL Bochum mit 1:0. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Rice swung the ball into the box and Gabriel Magalhaes, who had stayed up after a "
        "corner, turned past Steele and finished low in the 77th minute.",
        "Rice swung the ball into the box in the 77th minute and Gabriel Magalhaes, who had "
        "stayed up after a corner, volleyed in.",
    ],
)
def test_relative_aside_en(sentence: str) -> None:
    found = match(read(_EN + sentence), "arsenal", "brighton")
    assert [(g.minute, g.player) for g in found.goals] == [(77, "Gabriel Magalhaes")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Grifo flankte in den Strafraum und Michael Gregoritsch, der sich vom Gegenspieler "
        "gelöst hatte, köpfte in der 77. Minute ein.",
        "Grifo flankte in der 77. Minute in den Strafraum und Michael Gregoritsch, der "
        "völlig frei stand, vollendete mit links.",
    ],
)
def test_relative_aside_de(sentence: str) -> None:
    found = match(read(_DE + sentence), "sc-freiburg", "vfl-bochum")
    assert [(g.minute, g.player) for g in found.goals] == [(77, "Michael Gregoritsch")]


def test_and_after_the_aside_goes_on_from_the_first_subject() -> None:
    text = _EN + (
        "Rice beat two men and found Gabriel Magalhaes, who was unmarked, and finished "
        "himself in the 77th minute."
    )
    found = match(read(text), "arsenal", "brighton")
    assert "Gabriel Magalhaes" not in [g.player for g in found.goals or []]
