"""`... ein 2:0 gegen Newcastle United im FA-Cup-Finale. United hatte im Hinspiel gegen
Juventus nur 1:1 gespielt`: a club named as an opponent does not pin the short name a
later sentence opens with (set 36 read Newcastle 1-1 Juventus and a Newcastle tie).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import read

TEXTS = [
    " date 2008-05-22 Manchester United hat die Champions League gewonnen. Am Sonntag "
    "zuvor hatte der Klub die Meisterschaft mit einem 2:0 gegen Wigan Athletic gesichert, "
    "eine Woche davor ein 4:1 gegen West Ham United gefeiert. United hatte im Halbfinale "
    "gegen den FC Barcelona im Hinspiel in Barcelona 0:0 gespielt und das Rückspiel mit "
    "1:0 gewonnen.",
    " date 2008-05-22 Manchester United are champions of Europe. The Sunday before they "
    "had sealed the title with a 2-0 win against Wigan Athletic, a week after a 4-1 win "
    "against West Ham United. United had drawn the first leg of the semi-final 0-0 in "
    "Barcelona and won the second leg 1-0.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_an_opponent_does_not_pin_the_story_sides_short_name(text: str) -> None:
    facts = read(text)
    legs = {
        (m.home, m.away, m.score, m.leg) for m in facts.matches if "barcelona" in (m.home, m.away)
    }
    assert legs == {
        ("barcelona", "manchester-united", (0, 0), 1),
        ("manchester-united", "barcelona", (1, 0), 2),
    }
    assert "west-ham" not in {team for t in facts.ties for team in t.teams}
