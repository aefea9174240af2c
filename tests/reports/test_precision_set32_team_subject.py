"""A coach's side told by a possessive (`His team needed only two minutes`, `Seine
Mannschaft brauchte nur zwei Minuten`) is no reference to the coach, from set 32's
PSG-Manchester United report; sentences written for these tests."""

from __future__ import annotations

from bot.facts import Match
from tests.reports.helpers import goals_for


def scorers(match: Match) -> list[tuple]:
    return [(g.minute, g.player) for g in match.goals or []]


def _bayern() -> Match:
    return Match("bayern-munich", "borussia-dortmund", (2, 1))


def test_his_team_is_not_the_coach_en():
    (match,) = goals_for(
        "Bayern beat Dortmund 2-1. Manager Vincent Kompany had a plan. His team needed only "
        "two minutes to take the lead. Joshua Kimmich played a pass, Harry Kane ran onto it "
        "and slotted in.",
        _bayern(),
    )
    assert "Vincent Kompany" not in [p for _, p in scorers(match)]


def test_his_side_is_not_the_coach_en():
    (match,) = goals_for(
        "Bayern beat Dortmund 2-1. Vincent Kompany had picked an attacking line-up, and his "
        "side scored in the eighth minute.",
        _bayern(),
    )
    assert "Vincent Kompany" not in [p for _, p in scorers(match)]


def test_seine_mannschaft_is_not_the_coach_de():
    (match,) = goals_for(
        "Bayern gewann 2:1 gegen Dortmund. Trainer Vincent Kompany hatte einen Plan. Seine "
        "Mannschaft traf schon in der zweiten Minute zur Führung.",
        _bayern(),
        lang="de",
    )
    assert "Vincent Kompany" not in [p for _, p in scorers(match)]
