"""Aggregate, winner and how a tie was decided, by competition and season."""

from __future__ import annotations

import pytest

from bot.facts import Goal, Match
from bot.ties import decide, rules_for

UCL = "UEFA Champions League"
CCC = "CONCACAF Champions Cup"


def legs(first, second, extra_time=False, penalties=None, goals=None):
    one = Match("home-a", "away-b", first, leg=1)
    two = Match("away-b", "home-a", second, leg=2, extra_time=extra_time, penalties=penalties)
    two.goals = goals
    return one, two


def test_aggregate_decides_when_it_differs():
    outcome = decide(*legs((1, 2), (3, 1)), CCC, "2024")
    assert outcome.aggregate == {"home-a": 2, "away-b": 5}
    assert (outcome.winner, outcome.decided_by) == ("away-b", "aggregate")
    assert not outcome.needs_text_confirmation


@pytest.mark.parametrize(
    ("competition", "season", "winner", "decided_by"),
    [
        (UCL, "2018-19", "home-a", "away_goals"),
        (UCL, "2020-21", "home-a", "away_goals"),
        (UCL, "2021-22", None, None),
        (UCL, "2023-24", None, None),
        (CCC, "2024", "home-a", "away_goals"),
        (CCC, "2025", "home-a", "away_goals"),
        ("Copa Libertadores", "2019", "home-a", "away_goals"),
        ("Copa Libertadores", "2023", None, None),
        ("Regionalliga Cup", "2019", None, None),
    ],
)
def test_away_goals_on_and_off_by_competition_and_season(competition, season, winner, decided_by):
    # 0-1 at home, then 2-1 away: 2-2 on aggregate, home-a scored twice away.
    outcome = decide(*legs((0, 1), (1, 2)), competition, season)
    assert outcome.aggregate == {"home-a": 2, "away-b": 2}
    assert (outcome.winner, outcome.decided_by) == (winner, decided_by)
    assert outcome.needs_text_confirmation == (winner is None)


def test_extra_time_winner_is_decided_by_extra_time():
    # Real Madrid - Man City 2022: 3-4 away, then 3-1 after extra time at home.
    one = Match("manchester-city", "real-madrid", (4, 3), leg=1)
    two = Match("real-madrid", "manchester-city", (3, 1), leg=2, extra_time=True)
    outcome = decide(one, two, UCL, "2021-22")
    assert outcome.aggregate == {"real-madrid": 6, "manchester-city": 5}
    assert (outcome.winner, outcome.decided_by) == ("real-madrid", "extra_time")


def test_penalties_decide_a_level_tie_after_extra_time():
    outcome = decide(*legs((3, 3), (1, 1), extra_time=True, penalties=(4, 3)), UCL, "2023-24")
    assert outcome.aggregate == {"home-a": 4, "away-b": 4}
    assert (outcome.winner, outcome.decided_by) == ("away-b", "penalties")
    assert outcome.penalties == {"away-b": 4, "home-a": 3}


def test_a_level_tie_without_a_shootout_score_needs_the_text():
    outcome = decide(*legs((1, 1), (1, 1), extra_time=True), CCC, "2024")
    assert outcome.winner is None and outcome.needs_text_confirmation


def test_away_goals_in_regulation_only_need_the_minutes_after_extra_time():
    # CONCACAF 2024: away goals count in regulation only. 1-1 away from home,
    # then 2-2 after extra time, the away side's second goal in the 105th.
    goals = [
        Goal("away-b", "X", 10),
        Goal("home-a", "Y", 20),
        Goal("away-b", "Z", 70),
        Goal("home-a", "W", 105),
    ]
    one, two = legs((1, 1), (2, 2), extra_time=True, goals=goals)
    outcome = decide(one, two, CCC, "2024")
    assert outcome.winner is None
    one, two = legs((1, 1), (2, 2), extra_time=True, goals=None)
    assert decide(one, two, CCC, "2024").winner is None
    # UEFA before 2021-22 counts away goals in extra time too.
    outcome = decide(*legs((1, 1), (2, 2), extra_time=True), UCL, "2019-20")
    assert (outcome.winner, outcome.decided_by) == ("home-a", "away_goals")


def test_legs_must_swap_home_and_away():
    with pytest.raises(ValueError):
        decide(Match("a", "b", (1, 0)), Match("a", "b", (1, 0)))


def test_a_leg_without_a_score_gives_no_aggregate():
    outcome = decide(Match("a", "b", (1, 0), leg=1), Match("b", "a", None, leg=2), UCL, "2023-24")
    assert outcome.aggregate is None and outcome.winner is None


def test_rules_by_stage_and_unknown_competitions():
    assert rules_for("CONCACAF Champions League", "2019", "final").steps == (
        "extra_time",
        "penalties",
    )
    assert rules_for("CONCACAF Champions League", "2019", "semi-final").steps == (
        "away_goals",
        "penalties",
    )
    assert rules_for("Bundesliga", "2019-20", "relegation-play-off").away_goals
    assert not rules_for("Bundesliga", "2022-23", "relegation-play-off").away_goals
    assert rules_for("Bundesliga", "2022-23", None).steps == ("unknown",)
    assert rules_for(None, "2020", None).steps == ("unknown",)
    assert not rules_for(CCC, "2025").confirmed


def test_concacaf_2025_leaves_a_tie_level_on_away_goals_to_the_text():
    outcome = decide(*legs((1, 1), (1, 1)), CCC, "2025")
    assert outcome.aggregate == {"home-a": 2, "away-b": 2}
    assert outcome.winner is None and outcome.needs_text_confirmation
