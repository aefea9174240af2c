"""Reaching the last 16 names the round before it only in a cup whose last 16 follows a
round of 32 (the Europa League, the UEFA Cup); elsewhere it follows a group, a league
phase or a play-off, so the round just played is left unknown. Met on set 80's World Cup
round-up (`The hosts all but booked their place in the last 16`); sentences written for
these tests."""

from __future__ import annotations

from bot.reports.matches.rounds import told_rounds
from tests.reports.helpers import match, read


def stages(text: str) -> list:
    return [stage for _, stage, _ in told_rounds(text)]


def test_last_sixteen_of_a_round_of_32_cup():
    assert stages("Porto beat Lazio 2-1 and went into the last 16 of the Europa League.") == [
        "round-of-32"
    ]
    text = "Mainz hat mit dem 3:1 gegen Gent das Achtelfinale der Europa League erreicht."
    assert stages(text) == ["round-of-32"]


def test_last_sixteen_of_an_unnamed_competition_gives_no_round():
    assert stages("The hosts beat Peru 2-0 and booked their place in the last 16.") == []
    assert stages("Mit dem 2:0 gegen Peru zogen die Gastgeber ins Achtelfinale ein.") == []


def test_group_game_of_a_round_up_is_no_round_of_32():
    text = (
        " date 2022-06-15 Mexico 2-0 Peru\n"
        "The hosts all but booked their place in the last 16 in Monterrey on Tuesday night."
    )
    assert match(read(text), "mexico", "peru").stage != "round-of-32"


def test_last_sixteen_after_a_group_is_the_group():
    assert stages("Spain topped Group B and advanced to the round of 16.") == ["group", "group"]
