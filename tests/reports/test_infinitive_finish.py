"""`squared for X, who stretched to turn the ball in on 69 minutes`, `Y was on hand to tap
it in`: a finish told in the infinitive after `stretched`, `managed`, `was on hand` is a
goal; `failed to` / `was unable to` stay misses. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read

_EN = " date 2024-03-02 Arsenal beat Brentford 1-0 at the Emirates Stadium.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Martin Odegaard got to the byline and squared for Kai Havertz, who stretched to "
        "turn the ball in at the far post on 71 minutes.",
        "After a goalmouth scramble Kai Havertz was on hand to tap the ball in on 71 minutes.",
    ],
)
def test_infinitive_finish_is_a_goal(sentence: str) -> None:
    found = match(read(_EN + sentence), "arsenal", "brentford")
    assert [(g.player, g.minute) for g in found.goals] == [("Kai Havertz", 71)]


def test_failed_to_is_no_goal() -> None:
    text = _EN + (
        "Kai Havertz failed to turn the ball in on 71 minutes. Bukayo Saka scored the only "
        "goal in the 80th minute."
    )
    found = match(read(text), "arsenal", "brentford")
    assert [(g.player, g.minute) for g in found.goals] == [("Bukayo Saka", 80)]


def test_subject_right_before_the_finish_is_the_scorer() -> None:
    """`X, aside, curled a cross and Y stretched to turn it home`: Y scored, not X."""
    text = _EN + (
        "In the 71st minute Bukayo Saka, back from injury, curled a cross from the right "
        "and Kai Havertz stretched to turn it home."
    )
    found = match(read(text), "arsenal", "brentford")
    assert [(g.player, g.minute) for g in found.goals] == [("Kai Havertz", 71)]


@pytest.mark.parametrize(
    "phrase, added",
    [("three minutes into it", 3), ("one minute into it", 1)],
)
def test_minutes_into_first_half_stoppage_time(phrase: str, added: int) -> None:
    text = _EN + f"Kai Havertz scored the only goal in first-half stoppage time, {phrase}."
    found = match(read(text), "arsenal", "brentford")
    assert [(g.player, g.minute, g.added) for g in found.goals] == [("Kai Havertz", 45, added)]
