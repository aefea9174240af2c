"""`die afrikanische Champions League` is CAF's, never UEFA's; no UEFA competition is one
of two clubs from outside Europe; CAF's club cup kept calendar years up to its 2018
final. Met on set 60's Espérance–Al Ahly report, sentences written for these tests."""

from __future__ import annotations

from bot.competitions.seasons import season_for
from tests.reports.helpers import match, read


def test_the_african_champions_league_de():
    facts = read(
        " date 2016-10-24 Kairo (dpa) - Al Ahly Kairo hat die afrikanische Champions League "
        "gewonnen. Im Finalrückspiel setzte sich Ahly am Sonntag vor eigenem Publikum mit 2:0 "
        "gegen Wydad Casablanca durch."
    )
    final = match(facts, "al-ahly", "wydad")
    assert (final.competition, final.season) == ("CAF Champions League", "2016")


def test_no_uefa_cup_between_clubs_from_outside_europe_en():
    facts = read(
        " date 2019-11-03 CAIRO, Egypt — Al Ahly beat Espérance Tunis 2-0 at home in the "
        "second leg of the Champions League final on Saturday night."
    )
    final = match(facts, "al-ahly", "esperance")
    assert final.competition is None


def test_european_clubs_keep_the_champions_league():
    facts = read(
        " date 2019-11-07 Liverpool beat Genk 2-1 in the Champions League on Tuesday night "
        "at Anfield."
    )
    assert match(facts, "liverpool", "genk").competition == "UEFA Champions League"


def test_caf_seasons_are_calendar_years_up_to_2018():
    assert season_for("CAF Champions League", "2018-11-09", "final") == "2018"
    assert season_for("CAF Champions League", "2016-10-23", "final") == "2016"
    assert season_for("CAF Champions League", "2019-05-31", "final") == "2018-19"
