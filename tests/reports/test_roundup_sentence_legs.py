"""A round-up sentence telling several ties one after the other, each second leg with its
first leg beside it: `Arsenal crushed Porto 5-0 after losing 2-1 in Portugal`, `Lyon drew
1-1 at Real Madrid, having won the first leg 1-0`, `having already taken the first leg 2-0
in Munich`. Each pair keeps its own two legs, in the order the words give. Texts written
for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read, tie

LEAD = (
    " date 2016-03-17 LONDON (Reuters) - The last places in the Champions League "
    "quarter-final draw were filled this week. "
)


def test_a_leg_told_back_after_a_result_of_another_pair_first_named():
    facts = read(
        LEAD + "Benfica beat Zenit 2-1 to go through 3-1 on aggregate, Atletico Madrid "
        "thrashed PSV 4-0 after losing 1-0 in Eindhoven, and Wolfsburg drew 1-1 at Gent, "
        "having won the first leg 3-2, to reach the last eight."
    )
    second = match(facts, "atletico-madrid", "psv")
    assert (second.score, second.leg) == ((4, 0), 2)
    first = match(facts, "psv", "atletico-madrid")
    assert (first.score, first.leg) == ((1, 0), 1)
    assert tie(facts, "psv", "atletico-madrid").winner == "atletico-madrid"
    later = match(facts, "gent", "vfl-wolfsburg")
    assert (later.score, later.leg) == ((1, 1), 2)
    earlier = match(facts, "vfl-wolfsburg", "gent")
    assert (earlier.score, earlier.leg) == ((3, 2), 1)
    assert not [m for m in facts.matches if {m.home, m.away} == {"vfl-wolfsburg", "zenit"}]


def test_a_first_leg_taken_is_a_first_leg_won():
    facts = read(
        LEAD + "Juventus drew 0-0 at Napoli on Wednesday to go through, having already "
        "taken the first leg 2-0 in Turin."
    )
    assert match(facts, "juventus", "napoli").score == (2, 0)
    assert match(facts, "juventus", "napoli").leg == 1
    assert match(facts, "napoli", "juventus").leg == 2


def test_an_earlier_result_without_a_ground_makes_no_legs():
    facts = read(
        LEAD + "Benfica beat Zenit 2-1 on Tuesday, and Sevilla beat Basel 3-0 after losing "
        "2-1 to Villarreal at the weekend."
    )
    assert not [m for m in facts.matches if m.leg is not None and "basel" in (m.home, m.away)]
