"""`71 min: Declan Rice is brought down by Cristian Romero in the area. Odegaard scores
from the spot.`: a live report tells the foul in the present passive; the one who fouled
(`is brought down by X`, `is fouled by X`) is no scorer, the one who scores from the spot
is (a held-out live report credited the defender with the penalty). German tells the foul
with `von X gefoult`, which was read right and stays so. Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.facts import Match
from tests.reports.helpers import goals_for

EN = """Arsenal 3-1 Tottenham

Key moments

21 min: Bukayo Saka gives Arsenal the lead with a low shot. 1-0.

55 min: Son Heung-min equalises from close range. 1-1.

71 min: Declan Rice {foul} Cristian Romero in the area. Odegaard scores from the spot. 2-1.

84 min: Saka again, from close range after good work by Leandro Trossard. 3-1.
"""

DE = """Bayern München – Borussia Dortmund 3:1

Die Schlüsselszenen

21. Min.: Leroy Sané bringt die Bayern mit einem Flachschuss in Führung. 1:0.

55. Min.: Julian Brandt trifft aus kurzer Distanz zum Ausgleich. 1:1.

71. Min.: Jamal Musiala wird von Nico Schlotterbeck im Strafraum {foul}. Kane verwandelt \
den Elfmeter. 2:1.

84. Min.: Wieder Sané, aus kurzer Distanz nach Vorarbeit von Serge Gnabry. 3:1.
"""


@pytest.mark.parametrize("foul", ["is brought down by", "is fouled by", "gets clipped by"])
def test_the_defender_who_fouls_is_no_scorer(foul) -> None:
    (m,) = goals_for(EN.format(foul=foul), Match("arsenal", "tottenham", (3, 1)), lang="en")
    scorers = [(g.player, g.minute, g.penalty) for g in m.goals or []]
    assert ("Cristian Romero", 71, True) not in scorers
    assert all(g.player != "Cristian Romero" for g in m.goals or [])
    assert ("Odegaard", 71, True) in scorers


@pytest.mark.parametrize("foul", ["gefoult", "zu Fall gebracht"])
def test_german_foul_stays_read_right(foul) -> None:
    body = DE.format(foul=foul)
    (m,) = goals_for(body, Match("bayern-munich", "borussia-dortmund", (3, 1)), lang="de")
    assert all(g.player != "Nico Schlotterbeck" for g in m.goals or [])
    assert ("Kane", 71, True) in [(g.player, g.minute, g.penalty) for g in m.goals or []]
