"""`In der 64. Minute köpfte Hummels auf das Bayern-Tor`: a shot or header `auf das Tor`
(at the goal) is a try, not a goal; a held-out report read it as a goal of the side whose
goal it was aimed at. Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.facts import Match
from tests.reports.helpers import goals_for, match, read

TEXTS = [
    "Der FC Schalke 04 hat am Samstagabend mit 1:0 gegen den VfB Stuttgart "
    "gewonnen. In der 30. Minute köpfte Timo Werner auf das Schalke-Tor, Ralf Fährmann "
    "lenkte den Ball über die Latte. Leroy Sané traf in der 71. Minute zum 1:0.",
    "Der FC Schalke 04 hat am Samstagabend mit 1:0 gegen den VfB Stuttgart "
    "gewonnen. In der 30. Minute schoss Timo Werner aufs Tor, doch Fährmann war zur Stelle. "
    "Leroy Sané traf in der 71. Minute zum 1:0.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_a_header_at_goal_is_no_goal(text: str) -> None:
    (found,) = goals_for(text, Match("schalke-04", "vfb-stuttgart", (1, 0)), lang="de")
    assert [(g.player, g.minute) for g in found.goals or []] == [("Leroy Sané", 71)]


def test_extra_time_stoppage_goal_is_120_plus() -> None:
    text = (
        " date 2016-05-22 Der FC Bayern München hat den DFB-Pokal gewonnen: 2:1 nach "
        "Verlängerung gegen den VfL Wolfsburg. Robert Lewandowski traf in der 30. Minute, "
        "Mario Gomez glich in der 80. Minute aus. In der zweiten Minute der Nachspielzeit der "
        "Verlängerung erzielte Thomas Müller den Siegtreffer zum 2:1."
    )
    found = match(read(text), "bayern-munich", "vfl-wolfsburg")
    assert ("Thomas Müller", 120, 2) in [(g.player, g.minute, g.added) for g in found.goals]
