"""What each side needs in the second leg."""

from __future__ import annotations

from bot.facts import Match
from bot.ties import Result, needs


def by_team(first_leg, competition, season, stage=None):
    return {r.team: r for r in needs(first_leg, competition, season, stage)}


def test_inter_miami_after_losing_1_0_at_lafc_with_away_goals():
    first = Match("lafc", "inter-miami", (1, 0), leg=1)
    out = by_team(first, "CONCACAF Champions Cup", "2025")
    miami, lafc = out["inter-miami"], out["lafc"]
    assert miami.home and not lafc.home
    assert miami.advance_with == Result("win", 2)
    assert miami.level_with == Result("win", 1)
    assert miami.level_rule == "away_goals"
    assert miami.away_goals_allowed is None
    assert lafc.advance_with == Result("draw")
    assert lafc.level_with == Result("loss", 1)
    assert lafc.away_goals_needed == 1
    assert lafc.then == "unknown" and not lafc.confirmed


def test_win_by_one_scoring_at_least_two_away():
    # Lost 2-1 at home: away in the second leg, win by 2, or by 1 scoring at least 3
    # (the opponent has 2 away goals).
    first = Match("home-a", "away-b", (1, 2), leg=1)
    out = by_team(first, "UEFA Champions League", "2018-19")
    a = out["home-a"]
    assert a.advance_with == Result("win", 2)
    assert a.level_with == Result("win", 1)
    assert a.away_goals_needed == 3
    assert a.then == "extra_time"
    b = out["away-b"]
    assert b.advance_with == Result("draw")
    assert b.level_with == Result("loss", 1)
    assert b.away_goals_allowed == 1


def test_without_away_goals_a_level_aggregate_goes_to_extra_time():
    first = Match("home-a", "away-b", (3, 3), leg=1)
    out = by_team(first, "UEFA Champions League", "2023-24")
    assert out["away-b"].advance_with == Result("win", 1)
    assert out["away-b"].level_with == Result("draw")
    assert out["away-b"].level_rule == "extra_time"
    assert out["away-b"].then is None and out["away-b"].away_goals_needed is None


def test_a_lead_lets_a_side_lose_by_a_margin():
    first = Match("home-a", "away-b", (4, 1), leg=1)
    out = by_team(first, "UEFA Champions League", "2023-24")
    assert out["home-a"].advance_with == Result("loss", 2)
    assert out["away-b"].advance_with == Result("win", 4)


def test_unknown_rules_say_so_and_no_score_needs_nothing():
    first = Match("home-a", "away-b", (0, 0), leg=1)
    assert by_team(first, "Some Cup", "2024")["home-a"].level_rule == "unknown"
    assert needs(Match("home-a", "away-b", None, leg=1), "Some Cup", "2024") == []


def test_copa_libertadores_since_2022_goes_straight_to_penalties():
    first = Match("home-a", "away-b", (1, 0), leg=1)
    assert by_team(first, "Copa Libertadores", "2023")["away-b"].level_rule == "penalties"
