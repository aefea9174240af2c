"""A result box's first-leg line (`Hinspiel: 0:1 (Eindhoven, ...)` under `Borussia
Dortmund – PSV Eindhoven 2:0 (1:0)`) is the first leg of the box's sides, told in the
box's order, at the second-named side's ground. Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read


@pytest.mark.parametrize(
    "box",
    [
        "Champions League, Achtelfinale, Rückspiel\n\nBorussia Dortmund – PSV Eindhoven 2:0 "
        "(1:0)\n\nHinspiel: 0:1 (Eindhoven, 20. Februar 2024)\n\nTore: 1:0 Sancho (3.)",
        "Champions League, round of 16, second leg\n\nBorussia Dortmund - PSV Eindhoven 2:0 "
        "(1:0)\n\nFirst leg: 0-1\n\nGoals: 1-0 Sancho (3)",
    ],
)
def test_a_box_first_leg_line(box):
    facts = read(" date 2024-03-14 " + box)
    assert match(facts, "borussia-dortmund", "psv").leg == 2
    first = match(facts, "psv", "borussia-dortmund")
    assert (first.score, first.leg) == ((1, 0), 1)
