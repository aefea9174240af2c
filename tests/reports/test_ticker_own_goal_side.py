"""A live line shouting the goal for a side (`12. Minute: Tor für Portugal!`, `GOAL for
Chelsea!`) whose next sentences tell an own goal: the goal is flagged an own goal, its
doer the defender, and it counts for the side the heading shouts (FORMAT: an own goal's
`team` is the side it counts for). Met on set 80's Spain-Russia ticker (the own goal
read as Spain's scorer's goal); lines written for these tests."""

from __future__ import annotations

from bot.facts import Match
from tests.reports.helpers import goals_for

_DE = """Portugal - Marokko 1:1: der Ticker zum Nachlesen

9. Minute: Tor für Portugal! Bruno Fernandes schlägt eine Ecke von links herein, Pepe \
rangelt mit Romain Saïss, und der Kapitän der Marokkaner lenkt den Ball mit dem Bein \
ins eigene Tor. Eigentor, 1:0 für die Seleção.

33. Minute: Marokko drückt, Portugal wartet.

58. Minute: Elfmeter für Marokko! Rúben Dias foult im Strafraum. Hakim Ziyech verwandelt \
sicher. 1:1.

90. Minute: Schluss. Es bleibt beim 1:1.
"""

_EN = """Chelsea v Everton: as it happened

17 min: GOAL for Chelsea! Mason Mount whips in a free-kick, Kai Havertz wrestles with \
Michael Keane, and the Everton defender diverts the ball into his own net. Own goal, 1-0.

40 min: Everton have the ball. Chelsea sit deep.

71 min: Penalty to Everton! Thiago Silva fouls in the box. Dominic Calvert-Lewin converts. 1-1.

Full-time: 1-1.
"""


def _goals(body: str, match: Match, lang: str) -> list[tuple]:
    (m,) = goals_for(body, match, lang=lang)
    return [(g.team, g.player, g.minute, g.own_goal, g.penalty) for g in m.goals or []]


def test_shouted_side_own_goal_de() -> None:
    found = _goals(_DE, Match("portugal", "morocco", (1, 1)), "de")
    assert ("portugal", "Romain Saïss", 9, True, False) in found
    assert ("morocco", "Hakim Ziyech", 58, False, True) in found


def test_shouted_side_own_goal_en() -> None:
    found = _goals(_EN, Match("chelsea", "everton", (1, 1)), "en")
    assert ("chelsea", "Michael Keane", 17, True, False) in found
    assert ("everton", "Dominic Calvert-Lewin", 71, False, True) in found
