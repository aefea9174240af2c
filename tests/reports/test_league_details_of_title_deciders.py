"""A league match is no final because a cup final is told in a sentence before or after
it (`two more finals to prepare for`, `Das Pokalfinale gegen PSG`), a result told among
a side's `league goals` was a league match whatever cup the report is about, and the
`last eight of them` are goals, not a quarter-final. Texts written for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read


def test_a_title_won_at_home_with_cup_finals_ahead_is_a_league_match():
    facts = read(
        " date 2022-05-15 MUNICH (AP) - Bayern Munich beat Wolfsburg 3-1 on Saturday to "
        "finish the Bundesliga season with 80 points.\n\nThe coach has two more finals to "
        "prepare for this month."
    )
    assert match(facts, "bayern-munich", "vfl-wolfsburg").stage == "league"


def test_a_title_decided_away_after_a_cup_final_is_a_league_match():
    facts = read(
        " date 2011-05-22 Am Samstagabend war es so weit. Ein 1:1 bei Olympique Marseille "
        "reichte Olympique Lyon, um am vorletzten Spieltag der Ligue 1 uneinholbar zu sein. "
        "Das Pokalfinale gegen Marseille war kein schönes Spiel."
    )
    assert match(facts, "marseille", "lyon").stage == "league"


def test_a_result_among_league_goals_is_a_league_match():
    facts = read(
        " date 2010-05-17 Chelsea won the FA Cup final on Saturday, beating Portsmouth 1-0 "
        "at Wembley. So Chelsea have reached 103 league goals, the last eight of them in "
        "the 8-0 win over Wigan at Stamford Bridge a week ago yesterday."
    )
    found = match(facts, "chelsea", "wigan-athletic")
    assert (found.competition, found.stage, found.date) == (
        "Premier League",
        "league",
        "2010-05-09",
    )
