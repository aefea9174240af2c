"""`Park Ji-sung`, `Park Chu-young`: `Park` before a hyphenated given name is a family name,
not a park. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read


@pytest.mark.parametrize(
    ("text", "teams", "second"),
    [
        (
            " date 2024-03-02 Arsenal beat Brentford 2-0 at the Emirates Stadium.\n\nPark "
            "Chu-young scored in the 20th minute and Bukayo Saka added a second in the 80th "
            "minute.",
            ("arsenal", "brentford"),
            "Bukayo Saka",
        ),
        (
            " date 2024-03-02 Rotterdam - Galatasaray hat Feyenoord am Samstag mit 2:0 "
            "geschlagen.\n\nPark Chu-young traf in der 20. Minute zum 1:0, Mauro Icardi erhöhte "
            "in der 80. Minute auf 2:0.",
            ("feyenoord", "galatasaray"),
            "Mauro Icardi",
        ),
    ],
)
def test_park_before_hyphenated_given_name(text: str, teams: tuple, second: str) -> None:
    found = match(read(text), *teams)
    assert [(g.player, g.minute) for g in found.goals] == [("Park Chu-young", 20), (second, 80)]
