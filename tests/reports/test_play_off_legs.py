"""A league's play-offs have legs: a leg told beside a league's play-off final is a
play-off leg (its tie paired), while a league's `Hinspiel` stays a league game."""

from __future__ import annotations

from tests.reports.helpers import match, read, tie


def test_legs_beside_a_league_play_off_final_are_a_tie():
    facts = read(
        " date 2019-05-28 Aston Villa are back in the Premier League after beating Derby"
        " County 2-1 in the Championship play-off final at Wembley on Monday. Derby had also"
        " needed two legs against Leeds United, losing the first leg 1-0 at home before"
        " winning 4-2 at Elland Road."
    )
    first = match(facts, "derby-county", "leeds-united")
    second = match(facts, "leeds-united", "derby-county")
    assert (first.leg, first.stage) == (1, None)
    assert (second.leg, second.stage) == (2, None)
    assert tie(facts, "derby-county", "leeds-united").winner == "derby-county"


def test_first_meeting_of_a_league_season_is_a_league_game():
    facts = read(
        " date 2022-04-24 München – Der FC Bayern ist zum zehnten Mal in Folge Meister. Am"
        " Samstagabend gewann er das Bundesliga-Spitzenspiel gegen Borussia Dortmund in der"
        " Allianz Arena mit 3:1. Das Hinspiel in Dortmund hatten die Münchner im Dezember"
        " mit 3:2 gewonnen."
    )
    assert match(facts, "bayern-munich", "borussia-dortmund").stage == "league"
    assert match(facts, "borussia-dortmund", "bayern-munich").leg is None
    assert facts.ties == []
