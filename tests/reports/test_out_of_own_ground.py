"""`schoss den 1. FC Köln mit 4:1 aus dem eigenen Stadion`: the side whose own ground the
other was shot out of was at home. Sentences written for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read


def test_out_of_own_ground_is_home() -> None:
    text = (
        " date 2019-05-19 Der VfB Stuttgart muss in die Relegation. Zur gleichen Zeit "
        "schoss der FC Augsburg den SC Freiburg mit 3:0 aus dem eigenen Stadion und "
        "rettete sich."
    )
    assert match(read(text), "fc-augsburg", "sc-freiburg").score == (3, 0)
