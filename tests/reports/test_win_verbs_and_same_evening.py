"""More English verbs of a win (`overwhelmed`, `outplayed`, `brushed aside`), and `on the
same evening` after another result of the sentence is that result's day, not the main
match's. Texts written for these tests."""

from __future__ import annotations

from tests.reports.helpers import read


def test_overwhelmed_and_the_same_evening_of_another_semi():
    facts = read(
        " date 2015-01-31 SYDNEY (AP) - Australia won the Asian Cup on Saturday, beating "
        "South Korea 2-1 in the final. South Korea reached the final by beating Iraq 2-0, "
        "while Australia overwhelmed the United Arab Emirates 2-0 on the same evening."
    )
    (m,) = [m for m in facts.matches if {m.home, m.away} == {"australia", "uae"}]
    assert m.score == (2, 0) and m.date is None
