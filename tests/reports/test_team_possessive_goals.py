"""A team's goals told with the team in the possessive (`Shanghai's two goals in Jeonju`)
have no scorer: a word of a team's name that no alias covers is still not a player."""

from __future__ import annotations

from tests.reports.helpers import read

REPORT = (
    " date 2016-05-26 Shanghai Shenhua reached the quarter-finals on Wednesday, drawing 1-1"
    " with Jeonbuk Hyundai Motors in the second leg at home. The first leg in Jeonju two"
    " weeks ago had finished 2-2, so the tie was level at 3-3 on aggregate and Shanghai"
    " went through on away goals. {sentence} Jeonbuk pressed for a winner in stoppage time"
    " but the hosts held firm."
)


def test_a_team_in_the_possessive_scores_no_goal_of_its_own():
    for sentence in (
        "Shanghai's two goals in Jeonju proved decisive.",
        "Shanghai's goal in the second half was enough.",
    ):
        facts = read(REPORT.format(sentence=sentence))
        assert ("shanghai-shenhua", "jeonbuk", (1, 1)) in [
            (m.home, m.away, m.score) for m in facts.matches
        ], sentence
        players = [g.player for m in facts.matches for g in (m.goals or [])]
        assert "Shanghai" not in players, sentence
