"""`Three years ago it was Italy at Wembley. Before that came a World Cup quarter-final,
lost 2-1 to France`: `before that` / `davor` after a sentence of another season is earlier
still, so the story's last pair is no guide to the result's unnamed side."""

import pytest

from tests.reports.helpers import read

CASES = [
    " date 2024-07-15 England lost 2-1 to Spain in Berlin on Sunday. Spain had beaten France "
    "2-1 in the semi-final. Three years ago it was Italy at Wembley. Before that came a World "
    "Cup quarter-final in Qatar, lost 2-1 to France.",
    " date 2024-07-15 England verlor am Sonntag in Berlin 1:2 gegen Spanien. Spanien hatte im "
    "Halbfinale Frankreich 2:1 geschlagen. Vor drei Jahren war es Italien in Wembley. Davor "
    "kam ein WM-Viertelfinale in Katar, verloren mit 1:2 gegen Frankreich.",
]


@pytest.mark.parametrize("text", CASES)
def test_before_that_gets_no_story_pair(text) -> None:
    facts = read(text)
    assert [m for m in facts.matches if {m.home, m.away} == {"spain", "france"}] == [] or all(
        m.score in ((2, 1), (1, 2)) and m.stage == "semi-final"
        for m in facts.matches
        if {m.home, m.away} == {"spain", "france"}
    )
    assert len([m for m in facts.matches if {m.home, m.away} == {"spain", "france"}]) <= 1
