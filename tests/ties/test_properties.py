"""Properties of decide() and needs() over many scores: they agree with each other."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot.facts import Match
from bot.ties import Result, decide, needs

GOALS = st.integers(min_value=0, max_value=6)
RULES = st.sampled_from(
    [
        ("UEFA Champions League", "2018-19"),
        ("UEFA Champions League", "2023-24"),
        ("CONCACAF Champions Cup", "2024"),
        ("Copa Libertadores", "2023"),
        ("Some Cup", "2024"),
    ]
)


def _margin(result: Result) -> int:
    return {"win": result.margin, "draw": 0, "loss": -result.margin}[result.kind]


@given(GOALS, GOALS, GOALS, GOALS, RULES)
def test_the_higher_aggregate_always_wins_and_needs_predicts_it(a1, b1, b2, a2, rules):
    competition, season = rules
    first = Match("team-a", "team-b", (a1, b1), leg=1)
    second = Match("team-b", "team-a", (b2, a2), leg=2, extra_time=False)
    outcome = decide(first, second, competition, season)
    assert outcome.aggregate == {"team-a": a1 + a2, "team-b": b1 + b2}
    need = {r.team: r for r in needs(first, competition, season)}
    for team, own, other in (("team-a", a2, b2), ("team-b", b2, a2)):
        through = own - other >= _margin(need[team].advance_with)
        level = own - other == _margin(need[team].level_with)
        assert not (through and level)
        if through:
            assert outcome.winner == team and outcome.decided_by == "aggregate"
        if level:
            assert outcome.aggregate["team-a"] == outcome.aggregate["team-b"]
            if outcome.winner is not None:
                assert outcome.decided_by == "away_goals"
                away_scorer = need["team-a"]
                assert (outcome.winner == "team-a") == (a2 >= away_scorer.away_goals_needed)
