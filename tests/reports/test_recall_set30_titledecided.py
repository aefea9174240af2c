"""A title the result right after it decided names that result's competition
(`Manchester City are Premier League champions ... after a 2-0 victory over West Ham`,
as in set 30), while a title a side only holds does not (`Inter, the Serie A champions,
beat ...`). Sentences written here."""

from __future__ import annotations

from bot.reports.matches.competitionmentions import find_competitions
from tests.reports.helpers import match, read


def test_champions_after_a_win_names_the_matchs_league_en():
    facts = read(
        "Inter are Serie A champions for the second time in four years after a 3-1 win "
        "over Torino at San Siro on Sunday."
    )
    assert match(facts, "inter-milan", "torino").competition == "Serie A"


def test_champions_as_a_title_held_names_no_competition_en():
    facts = read("Inter, the Serie A champions, beat Torino 3-1 at San Siro on Sunday.")
    assert match(facts, "inter-milan", "torino").competition is None


def test_pokalsieger_nach_einem_sieg_names_the_cup_de():
    text = "Der FC Bayern ist DFB-Pokal-Sieger nach einem 2:0 gegen Borussia Dortmund."
    assert [m.name for m in find_competitions(text, "2014-05")] == ["DFB-Pokal"]


def test_pokalsieger_as_a_title_held_names_no_cup_de():
    text = "Der DFB-Pokal-Sieger FC Bayern schlug Borussia Dortmund mit 2:0."
    assert find_competitions(text, "2014-05") == []
