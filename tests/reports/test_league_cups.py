"""English text calls several countries' league cups `League Cup`: a League Cup final
between Scottish clubs is the Scottish League Cup, never England's, and a league cup of
clubs from a country without one is left out rather than guessed."""

from __future__ import annotations

from bot.competitions.homecups import league_cup_of_clubs
from tests.reports.helpers import read


def test_a_league_cup_final_between_scottish_clubs_is_scotlands():
    facts = read(
        " date 2019-12-09 GLASGOW, Scotland (AP) — Celtic beat Rangers 1-0 in the League Cup "
        "final at Hampden Park on Sunday."
    )
    (found,) = facts.matches
    assert (found.competition, found.stage, found.season) == (
        "Scottish League Cup",
        "final",
        "2019-20",
    )


def test_the_sponsors_name_is_the_scottish_league_cup():
    facts = read(
        " date 2019-12-09 GLASGOW, Scotland (AP) — Celtic beat Rangers 1-0 in the Betfred Cup "
        "final at Hampden Park on Sunday."
    )
    assert {m.competition for m in facts.matches} == {"Scottish League Cup"}


def test_a_league_cup_final_between_english_clubs_stays_englands():
    facts = read(
        " date 2024-02-26 LONDON (AP) — Liverpool beat Chelsea 1-0 after extra time in the "
        "League Cup final at Wembley on Sunday."
    )
    assert {m.competition for m in facts.matches} == {"EFL Cup"}


def test_the_league_cup_of_clubs():
    assert league_cup_of_clubs(["SCO", "SCO"]) == "Scottish League Cup"
    assert league_cup_of_clubs(["ENG", None]) == "EFL Cup"
    assert league_cup_of_clubs([None, None]) == "EFL Cup"
    assert league_cup_of_clubs(["FRA", "FRA"]) == "Coupe de la Ligue"
    assert league_cup_of_clubs(["ENG", "SCO"]) is None
    assert league_cup_of_clubs(["NED", "NED"]) is None
