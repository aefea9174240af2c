"""A live report's own-goal line names its doer nearest before the own-goal words, even
as an object (`Ramos rangelt mit X, und der Russe lenkt den Ball ins eigene Tor`), not
the line's first name (who took the free-kick), nor a crosser (`Scaloni's cross`); and
`der Ball trifft ihn an der Hand` (the ball hits him) is no goal of his: the penalty's
taker scores. Met on set 80's Spain-Russia ticker; lines written for these tests."""

from __future__ import annotations

from bot.facts import Match
from tests.reports.helpers import goals_for

_DE = """Frankreich - Belgien 1:1: der Ticker zum Nachlesen

{first}

30. Minute: Belgien hat den Ball. Frankreich steht tief und wartet.

{second}

Halbzeit: 1:1. Das Publikum tobt.

90. Minute: Es bleibt beim 1:1. Schluss.
"""


def _scorers(first: str, second: str) -> list[tuple]:
    body = _DE.format(first=first, second=second)
    (m,) = goals_for(body, Match("france", "belgium", (1, 1)), lang="de")
    return [(g.player, g.minute, g.own_goal, g.penalty) for g in m.goals or []]


FIRST = (
    "12. Minute: Tor für Frankreich! Antoine Griezmann bringt einen Freistoß herein, Olivier "
    "Giroud rangelt mit Jan Vertonghen, und der Belgier lenkt den Ball mit dem Knie ins "
    "eigene Tor. Eigentor, 1:0 für Frankreich."
)
SECOND = (
    "41. Minute: Elfmeter für Belgien! Raphaël Varane springt mit erhobenem Arm hoch, der Ball "
    "trifft ihn an der Hand. Eden Hazard verwandelt sicher. 1:1."
)


def test_own_goal_doer_and_penalty_taker_de() -> None:
    found = _scorers(FIRST, SECOND)
    assert ("Jan Vertonghen", 12, True, False) in found
    assert ("Eden Hazard", 41, False, True) in found
