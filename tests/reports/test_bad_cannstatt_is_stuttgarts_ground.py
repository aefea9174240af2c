"""`Was für ein Abend in Bad Cannstatt`: the district of the VfB's stadium names its
ground as Fröttmaning names Bayern's (set 78 Stuttgart 3-0 HSV, relegation first leg)."""

from __future__ import annotations

from tests.reports.helpers import match, read


def test_bad_cannstatt_is_stuttgarts_ground():
    facts = read(
        " date 2023-06-02 Was für ein Abend in Bad Cannstatt: Der VfB Stuttgart hat das "
        "Hinspiel der Relegation gegen den Hamburger SV am Donnerstag mit 3:0 gewonnen."
    )
    assert match(facts, "vfb-stuttgart", "hamburger-sv").leg == 1
