"""`Acht Minuten später schickte Wirtz den Spanier steil, und Grimaldo schob ein`, `Nine
minutes later Odegaard sent Saka clear, and Saka slotted in`: the relative time opens a
clause that tells the pass; the goal, told in the `und`/`and` clause right after it, is
the finisher's at that time. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read

_DE = (
    " date 2024-02-11 Bayer Leverkusen hat am Samstag in der BayArena den FSV Mainz 05 "
    "mit 2:0 geschlagen. Grimaldo traf in der 11. Minute zum 1:0. "
)
_EN = (
    " date 2024-02-11 Arsenal beat Brighton 2-0 at the Emirates Stadium on Saturday. "
    "Saka scored in the 11th minute. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Neun Minuten später schickte Florian Wirtz den Spanier steil, und Grimaldo schob "
        "zum 2:0 ein.",
        "Neun Minuten später flankte Frimpong, und Grimaldo köpfte zum 2:0 ein.",
    ],
)
def test_german_pass_then_finish(sentence: str) -> None:
    found = match(read(_DE + sentence), "bayer-leverkusen", "mainz-05")
    assert [(g.minute, g.player) for g in found.goals] == [(11, "Grimaldo"), (20, "Grimaldo")]


def test_english_pass_then_finish() -> None:
    text = (
        _EN + "Nine minutes later Martin Odegaard sent Saka clear, and Saka slotted in the second."
    )
    found = match(read(text), "arsenal", "brighton")
    assert [(g.minute, g.player) for g in found.goals] == [(11, "Saka"), (20, "Saka")]


def test_a_finish_by_someone_else_than_the_and_clause_subject_is_not_timed() -> None:
    text = _DE + "Neun Minuten später traf Frimpong nur den Pfosten, und Grimaldo jubelte später."
    found = match(read(text), "bayer-leverkusen", "mainz-05")
    assert [(g.minute, g.player) for g in found.goals] == [(11, "Grimaldo")]


def test_a_relative_time_after_but_with_the_provider_named_after_it() -> None:
    text = (
        " date 2024-02-11 Arsenal and Brighton drew 1-1 at the Emirates Stadium on Saturday. "
        "Saka scored in the 32nd minute, but Joao Pedro equalized five minutes later, "
        "volleying Pascal Gross's cross past David Raya at the far post."
    )
    found = match(read(text), "arsenal", "brighton")
    assert [(g.minute, g.player) for g in found.goals] == [(32, "Saka"), (37, "Joao Pedro")]
