"""`14' GOAL! Arsenal 1-0 Everton. Saka curls one into the far corner.`: a live report
whose lines open with the minute and its tick is read line by line like one with `14
min:` heads, each line at most one goal, only where the running scores count up to the
match's own. Texts written for these tests."""

from __future__ import annotations

from bot.facts import Match
from tests.reports.helpers import goals_for

EN = """Arsenal 2-1 Everton: as it happened

14' GOAL! Arsenal 1-0 Everton. Bukayo Saka curls one into the far corner.

38' Yellow card for James Tarkowski.

55' GOAL! Arsenal 1-1 Everton. Dwight McNeil levels with a low shot.

81' GOAL! Arsenal 2-1 Everton. Kai Havertz heads in from a corner.

90+4' Full time.
"""

DE = """FC Bayern – Borussia Dortmund 2:1 im Liveticker

14' TOR für Bayern! 1:0. Harry Kane trifft flach ins Eck.

38' Gelbe Karte für Emre Can.

55' Tor für Dortmund! 1:1. Julian Brandt gleicht mit einem Flachschuss aus.

81' TOR! 2:1. Jamal Musiala köpft nach einer Ecke ein.

90+4' Abpfiff.
"""


def test_english_tick_blog() -> None:
    (m,) = goals_for(EN, Match("arsenal", "everton", (2, 1)), lang="en")
    assert [(g.player, g.minute, g.team) for g in m.goals or []] == [
        ("Bukayo Saka", 14, "arsenal"),
        ("Dwight McNeil", 55, "everton"),
        ("Kai Havertz", 81, "arsenal"),
    ]


def test_german_tick_blog() -> None:
    (m,) = goals_for(DE, Match("bayern-munich", "borussia-dortmund", (2, 1)), lang="de")
    assert [(g.player, g.minute) for g in m.goals or []] == [
        ("Harry Kane", 14),
        ("Julian Brandt", 55),
        ("Jamal Musiala", 81),
    ]


def test_scores_that_do_not_count_up_give_nothing_new() -> None:
    body = EN.replace("Arsenal 1-1 Everton", "Arsenal 2-2 Everton")
    (m,) = goals_for(body, Match("arsenal", "everton", (2, 1)), lang="en")
    assert ("Dwight McNeil", 55) not in [(g.player, g.minute) for g in m.goals or []]
