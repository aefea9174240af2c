"""A minute told without a scorer (`Cardiff took the lead in the 19th minute.`) is not
carried into the next sentence past a clause with a minute of its own (`Liverpool
equalized in the 60th minute when Martin Skrtel scored`): the scorer named there scored
at that clause's minute. `beat him` after a goalkeeper was named is a goal; `in der
Nachspielzeit der ersten Halbzeit` is minute 45. Texts written for these tests."""

from __future__ import annotations

from bot.facts import Match
from tests.reports.helpers import goals_for


def _one(home: str, away: str, score) -> Match:
    return Match(home=home, away=away, score=score, competition=None, season=None)


def test_a_blank_minute_stays_with_its_own_sentence():
    (found,) = goals_for(
        "Fulham beat Brentford 2-1 at Craven Cottage on Saturday. Brentford took the lead in "
        "the 19th minute. Fulham equalized in the 60th minute when Harry Wilson scored from "
        "close range, and Raul Jimenez won it in the 85th minute with a header.",
        _one("fulham", "brentford", (2, 1)),
    )
    assert {(g.player, g.minute) for g in found.goals or ()} >= {("Harry Wilson", 60)}
    assert ("Harry Wilson", 19) not in {(g.player, g.minute) for g in found.goals or ()}


def test_beating_the_keeper_named_before():
    (found,) = goals_for(
        "Arsenal beat Everton 2-0 at the Emirates on Saturday. Goalkeeper Jordan Pickford "
        "kept Arsenal out for half an hour with a string of saves.\n\nBukayo Saka finally "
        "beat him in the 34th minute, and Martin Odegaard added the second in the 70th "
        "minute.",
        _one("arsenal", "everton", (2, 0)),
    )
    assert ("Bukayo Saka", 34) in {(g.player, g.minute) for g in found.goals or ()}


def test_first_half_stoppage_time_in_german():
    (found,) = goals_for(
        "Der FC Chelsea gewann am Sonntag an der Stamford Bridge gegen Wolverhampton mit "
        "1:0. Olivier Giroud traf in der Nachspielzeit der ersten Halbzeit.",
        _one("chelsea", "wolves", (1, 0)),
        lang="de",
    )
    assert [(g.player, g.minute) for g in found.goals or ()] == [("Olivier Giroud", 45)]


def test_a_scorer_after_an_aside_of_his_return():
    (found,) = goals_for(
        "Lyon beat Nantes 2-0 at home on Sunday. Moussa Dembele scored in the 13th minute and "
        "Memphis Depay, back in the starting lineup after a month out with a knee injury, "
        "made it 2-0 eight minutes later.",
        _one("lyon", "nantes", (2, 0)),
    )
    assert {(g.player, g.minute) for g in found.goals or ()} == {
        ("Moussa Dembele", 13),
        ("Memphis Depay", 21),
    }


def test_a_minute_before_a_name_with_its_own_minute_is_not_his():
    (found,) = goals_for(
        "Der FC Sevilla und Real Betis trennten sich am Sonntag im Hinspiel 1:1. Jesús "
        "Navas, der mit seinem Kopfballtor (81.) den Ausgleich nach dem Führungstreffer von "
        "Nabil Fekir (50.) erzielte, wurde gefeiert.",
        _one("sevilla", "real-betis", (1, 1)),
        lang="de",
    )
    assert ("Nabil Fekir", 81) not in {(g.player, g.minute) for g in found.goals or ()}
