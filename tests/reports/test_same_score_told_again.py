"""The same score told twice in one sentence with a word of repeating between (`gewann
mit 2:0, nachdem er schon das Hinspiel mit 2:0 gewonnen hatte`, `won 3-1 again, having
already won 3-1 in Lisbon`) is two matches, not one: merged, the return's day and goals
went to the first leg. Met on set 77's Wolfsburg-Gent report; sentences written for
these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read


def test_same_score_of_both_legs_de():
    facts = read(
        " date 2019-03-14 Ebenfalls weiter ist der FC Porto: Er gewann am Mittwoch gegen "
        "Lazio Rom mit 3:1, nachdem er schon das Hinspiel in Rom mit 3:1 gewonnen hatte."
    )
    first = match(facts, "lazio", "porto")
    assert first.leg == 1 and first.date is None
    assert match(facts, "porto", "lazio").date == "2019-03-13"


def test_same_score_of_both_legs_en():
    facts = read(
        " date 2019-03-14 Porto beat Lazio 3-1 at home on Wednesday, having already won "
        "the first leg 3-1 in Rome."
    )
    assert all(m.date is None for m in facts.matches if m.leg == 1)
