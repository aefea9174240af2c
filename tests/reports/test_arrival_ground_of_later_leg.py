"""`Barcelona arrived at their own ground three goals down from the first leg in Sweden, a
3-0 defeat`: the ground a side arrived at carrying a first leg's deficit is the later
leg's, so it does not make that first leg the side's home match."""

import pytest

from tests.reports.helpers import pairs, read

CASES = [
    " date 1986-04-17 Barcelona arrived at their own ground three goals down from the first "
    "leg in Sweden, a 3-0 defeat against IFK Göteborg.",
    " date 1986-04-17 Barcelona came home three goals down from the first leg, a 3-0 defeat "
    "against IFK Göteborg.",
]


@pytest.mark.parametrize("text", CASES)
def test_first_leg_not_at_arrival_ground(text) -> None:
    assert ("barcelona", "ifk-goteborg", (0, 3)) not in pairs(read(text))


def test_home_cue_of_the_first_leg_itself() -> None:
    facts = read(" date 1986-04-17 In the first leg at home, Barcelona beat IFK Göteborg 3-0.")
    assert ("ifk-goteborg", "barcelona", (0, 3)) not in pairs(facts)
