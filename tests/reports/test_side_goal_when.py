"""`Peñarol pulled one back in the 79th when Durval turned a cross into his own net`: a
side's goal verb with its minute, the scorer told only in the when-clause after (here an
own goal, which the when-clause reads without a minute): one goal, by that player, at that
minute, with its flag. Sentences written for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read

_EN = (
    " date 2024-02-11 Arsenal beat Brighton 2-1 at the Emirates Stadium on Saturday. Saka "
    "scored in the 20th minute and Havertz added another in the 70th. "
)
_DE = (
    " date 2024-02-11 Der SC Freiburg gewann am Samstag im Europa-Park Stadion gegen den "
    "VfL Bochum mit 2:1. Grifo traf in der 20. Minute, Gregoritsch erhöhte in der 70. Minute. "
)


def _goals(found) -> list[tuple]:
    return [(g.player, g.minute, g.own_goal) for g in found.goals or []]


def test_side_pulled_one_back_when_own_goal_en() -> None:
    text = _EN + (
        "Brighton pulled one back in the 79th when Arsenal defender William Saliba turned a "
        "cross into his own net."
    )
    found = match(read(text), "arsenal", "brighton")
    assert _goals(found)[-1] == ("William Saliba", 79, True)
    assert len(found.goals) == 3


def test_side_pulled_one_back_when_own_goal_de() -> None:
    text = _DE + (
        "Bochum verkürzte in der 79. Minute, als Freiburgs Verteidiger Matthias Ginter eine "
        "Flanke ins eigene Tor lenkte."
    )
    found = match(read(text), "sc-freiburg", "vfl-bochum")
    assert _goals(found)[-1] == ("Matthias Ginter", 79, True)
    assert len(found.goals) == 3


def test_when_clause_with_two_scorers_names_none() -> None:
    text = _EN + (
        "Brighton pulled one back in the 79th when Joao Pedro headed in and Mitoma scored again."
    )
    found = match(read(text), "arsenal", "brighton")
    assert ("Mitoma", 79, False) not in _goals(found)
