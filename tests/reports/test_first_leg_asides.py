"""`brauchten die Gäste nur sieben Minuten, um das Hinspielergebnis zu egalisieren: X
schob zum 0:1 ein (7.)`, `ohne den im Hinspiel gesperrten Kapitän`: an aside about the
first leg's result or a ban from it tells of this match, so its goals stay on it.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read

_DE = (
    " date 2024-03-13 Bayer Leverkusen hat das Achtelfinal-Rückspiel gegen Qarabag Agdam "
    "am Donnerstag in der BayArena mit 3:2 gewonnen. Das Hinspiel hatte 2:2 geendet. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Gastgeber brauchten nur sieben Minuten, um das Hinspielergebnis zu "
        "egalisieren: Patrik Schick schob aus kurzer Distanz zum 1:0 ein (7.).",
        "Leverkusen, ohne den im Hinspiel gesperrten Kapitän Lukas Hradecky, wirkte "
        "sicher. Patrik Schick traf in der 7. Minute zum 1:0.",
    ],
)
def test_a_first_leg_aside_keeps_the_goal_on_this_match(sentence: str) -> None:
    found = match(read(_DE + sentence), "bayer-leverkusen", "qarabag")
    assert (7, "Patrik Schick") in [(g.minute, g.player) for g in found.goals or []]
