"""`2-1 against Toluca and 3-1 against Austin, all three at home in Seattle, then the
wild one in Frisco, where they drew 4-4 with FC Dallas`: a clause summing up the scores
told before it (`all three at home`) gives their ground, not the next result's; and
after `won the shootout 5-3, and a 4-0 home win`, the 4-0 is a result of its own."""

from __future__ import annotations

from tests.reports.helpers import read

TEXT = (
    " date 2023-08-16 FT. Seattle have now won all six of their games in this competition: "
    "2-1 against Toluca, 4-0 against Atlanta United and 3-1 against Austin FC, all three at "
    "home in Seattle, then the wild one in Frisco, where they drew 4-4 with FC Dallas and won "
    "the shootout 5-3, and a 4-0 home win over Charlotte FC in the quarter-finals."
)


def test_all_three_at_home_is_not_the_next_results_ground():
    facts = read(TEXT)
    drawn = [m for m in facts.matches if m.score == (4, 4)]
    assert all(m.home != "seattle-sounders" for m in drawn)


def test_score_after_a_shootout_score_is_a_result():
    facts = read(TEXT)
    assert any(m.score == (4, 0) and "charlotte-fc" in (m.home, m.away) for m in facts.matches)
