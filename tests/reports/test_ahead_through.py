"""`On the hour they went ahead through X`, `took the lead through X`: the goal is X's, at
60 for `on the hour`. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read

_EN = " date 2024-03-02 Arsenal beat Brentford 2-0 at the Emirates Stadium.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "On the hour they went ahead through Kai Havertz. Bukayo Saka added a second in the "
        "80th minute.",
        "Arsenal took the lead through Kai Havertz in the 60th minute. Bukayo Saka added a "
        "second in the 80th minute.",
    ],
)
def test_ahead_through_names_the_scorer(sentence: str) -> None:
    found = match(read(_EN + sentence), "arsenal", "brentford")
    assert [(g.player, g.minute) for g in found.goals] == [("Kai Havertz", 60), ("Bukayo Saka", 80)]
