"""A league named for a side's form (`struggling in the Bundesliga all season`) or the
competition left of its season (`reduced to the FA Cup`, `bleibt nur noch der
DFB-Pokal`) is not the competition of a result told beside it. Met on set 77's
Champions League round-up and Chelsea-PSG report; sentences written for these tests."""

from __future__ import annotations

from bot.reports.matches.competitionmentions import find_competitions
from tests.reports.helpers import match, read


def names(text: str) -> list:
    return [m.name for m in find_competitions(text, "2019-03")]


def test_league_of_a_sides_form_en():
    text = "Everton, struggling in the Premier League all winter, had lost the first leg 2-0."
    assert names(text) == []
    assert names("Everton, unbeaten in the Premier League since May, lost 2-0.") == []


def test_league_of_a_sides_form_de():
    text = "Der in der Bundesliga kriselnde VfB hatte das Hinspiel 0:2 verloren."
    assert names(text) == []


def test_league_where_the_match_was_played_stays():
    assert names("Everton lost 2-0 to Leeds in the Premier League on Saturday.") == [
        "Premier League"
    ]


def test_competition_left_of_a_season():
    text = "Lyon won 2-1, and Arsenal's season is now reduced to the FA Cup."
    assert names(text) == []
    assert names("Dem VfB bleibt nur noch der DFB-Pokal.") == []


def test_first_leg_of_a_round_up_keeps_the_heading_competition():
    text = (
        " date 2019-03-14 Champions League round of 16, second legs.\n\n"
        "PORTO 0 ROMA 2 (Roma win 4-1 on aggregate)\n"
        "Edin Dzeko scored twice. Porto, struggling in the Primeira Liga all season, had lost "
        "the first leg 2-1 in Rome."
    )
    first = match(read(text), "roma", "porto")
    assert first.competition != "Primeira Liga" and first.stage != "league"
