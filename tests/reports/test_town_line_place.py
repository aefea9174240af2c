"""`Hamburg. Mit einem 3:0 gegen Island ...`: a German paper's town line before the first
sentence is where the story was filed, like an agency's `MADRID —`; a `Hinspiel` in a
story of a qualifying group's table is the group's first meeting. Sentences written for
these tests."""

from __future__ import annotations

from bot.reports.text.header import town_line_place
from tests.reports.helpers import match, pairs, read


def test_town_line_settles_home_of_national_teams() -> None:
    text = (
        " date 2011-10-08 Leipzig. Mit einem 2:0 gegen Norwegen hat die DFB-Elf "
        "am Freitag den Gruppensieg in der EM-Qualifikationsgruppe 3 perfekt gemacht. "
        "Die Gäste kamen kaum vor das Tor von Manuel Neuer."
    )
    found = match(read(text), "germany", "norway")
    assert found.score == (2, 0)
    assert found.goals is None or all(g.player != "Manuel Neuer" for g in found.goals)


def test_town_line_needs_a_known_city() -> None:
    assert town_line_place("Endlich. Der Bann ist gebrochen.") == (None, 0)
    assert town_line_place("Leipzig. Der Weltmeister")[0] == "Leipzig"


def test_group_first_meeting_is_no_play_off_leg() -> None:
    text = (
        " date 2011-10-08 Leipzig. Mit einem 2:0 gegen Norwegen hat die DFB-Elf "
        "am Freitag den Gruppensieg in der EM-Qualifikationsgruppe 3 perfekt gemacht. "
        "Das Hinspiel in Oslo hatte 1:1 geendet, Norwegen war danach lange Zweiter."
    )
    facts = read(text)
    assert ("germany", "norway", (2, 0)) in pairs(facts)
    first = [m for m in facts.matches if m.score == (1, 1)]
    assert all(m.stage != "play-off" and m.leg is None for m in first)


def test_no_goal_credited_to_keeper_of_the_goal_shot_at() -> None:
    text = (
        " date 2011-10-08 Bayern München gewann am Samstag in München 1:0 gegen Borussia "
        "Dortmund. Der Stürmer traf zur Führung (30.), danach kam Dortmund nur selten aufs "
        "Tor von Manuel Neuer."
    )
    found = match(read(text), "bayern-munich", "borussia-dortmund")
    assert found.goals is None or all(g.player != "Manuel Neuer" for g in found.goals)
