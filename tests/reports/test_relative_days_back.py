"""A result a relative clause puts days or weeks back (`gegen eine Mannschaft, die eine
Woche zuvor mit 2:1 gegen X Meister geworden war`, `a side who a week earlier had won
2-1 against X`) is of another day: where the story's own match is not read, it takes
neither the story's date nor its final nor its extra time."""

from __future__ import annotations

import pytest

from tests.reports.helpers import read


@pytest.mark.parametrize(
    "text",
    [
        " date 2007-05-27 Berlin – Wir haben am Samstag im Endspiel nach Verlängerung gewonnen,"
        " gegen eine Mannschaft, die eine Woche zuvor mit einem 2:1 gegen Energie Cottbus"
        " Deutscher Meister geworden war.",
        " date 2007-05-27 London – We won the final after extra time on Saturday, against a"
        " Stuttgart side who a week earlier won the title with a 2-1 win over Energie Cottbus.",
    ],
)
def test_relative_days_back_takes_no_story_context(text):
    for m in read(text).matches:
        if m.score in ((2, 1), (1, 2)):
            assert m.stage != "final"
            assert m.date != "2007-05-26"
            assert m.extra_time is not True
