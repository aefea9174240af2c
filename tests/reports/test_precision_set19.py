"""Wrong facts found on unseen set 19 (first read P=0.90 R=0.75), each a phrase family
with sentences written for the tests."""

from __future__ import annotations

from tests.reports.helpers import match, read

ROUND_UP = (
    " date 2024-03-14 MADRID (AP) — Real Madrid reached the Champions League quarterfinals "
    "on Wednesday. "
)


def test_a_date_told_after_the_other_leg_is_that_legs():
    facts = read(
        ROUND_UP + "Vinicius Junior's goal gave Real Madrid a 1-0 win over RB Leipzig at home "
        "and wiped out "
        "the deficit from the first leg in Leipzig on Feb. 13, when Brahim Diaz had scored the "
        "only goal for the visitors."
    )
    assert match(facts, "real-madrid", "rb-leipzig").date != "2024-02-13"


def test_results_told_second_as_what_came_before_are_the_first_legs():
    facts = read(
        ROUND_UP + "Elsewhere on Tuesday, Barcelona beat Napoli 3-1 at home to go through 4-2 "
        "on aggregate. Bayern Munich won 3-0 at Lazio, adding to its 2-0 victory in Munich "
        "last week for a 5-0 aggregate, and Arsenal beat FC Porto 2-1 at home after winning "
        "the first game 1-0 in Portugal, sending the London club through 3-1."
    )
    legs = {(m.home, m.away, m.score): m.leg for m in facts.matches}
    assert legs[("bayern-munich", "lazio", (2, 0))] == 1
    assert legs[("lazio", "bayern-munich", (0, 3))] == 2
    assert legs[("porto", "arsenal", (0, 1))] == 1
    assert legs[("arsenal", "porto", (2, 1))] == 2
