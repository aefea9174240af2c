"""Facts missed on unseen set 20, each a phrase family with sentences written for the
tests."""

from __future__ import annotations

from tests.reports.helpers import match, read


def test_a_ground_told_as_one_sides_gives_the_home_side():
    facts = read(
        " date 2019-04-18 Manchester City went out of the Champions League on Wednesday. "
        "The tie had been settled eight days earlier at Tottenham's new stadium, where Son's "
        "late goal gave Spurs a 1-0 win over Manchester City in the first leg."
    )
    first = match(facts, "tottenham", "manchester-city")
    assert (first.score, first.leg) == ((1, 0), 1)
