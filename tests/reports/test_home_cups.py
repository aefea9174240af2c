"""German text calls every national cup `Pokal`: a `Pokalfinale` between Scottish,
Dutch or French clubs is their own country's cup, never the DFB-Pokal, and where
the clubs' country is not known the cup is left out rather than guessed."""

from __future__ import annotations

import pytest

from bot.competitions.homecups import cup_of_clubs
from tests.reports.helpers import match, read


def test_a_scottish_pokalfinale_is_the_scottish_cup():
    facts = read(
        " date 2024-05-26 Glasgow (dpa) - Celtic hat das Pokalfinale gegen die Rangers "
        "mit 1:0 gewonnen."
    )
    (found,) = facts.matches
    assert (found.competition, found.stage, found.season) == ("Scottish Cup", "final", "2023-24")
    assert found.neutral


def test_a_dutch_pokal_endspiel_is_the_knvb_cup():
    facts = read(
        " date 2024-04-22 Rotterdam (dpa) - Feyenoord hat das Pokal-Endspiel gegen "
        "NEC Nijmegen mit 1:0 gewonnen."
    )
    assert {m.competition for m in facts.matches} == {"KNVB Cup"}


def test_a_french_cup_round_is_the_coupe_de_france():
    facts = read(
        " date 2023-02-09 Paris (dpa) - Paris Saint-Germain hat im Pokal-Achtelfinale bei "
        "Olympique Marseille mit 1:2 verloren."
    )
    found = match(facts, "marseille", "psg")
    assert (found.competition, found.stage) == ("Coupe de France", "round-of-16")


def test_the_adjective_names_the_cup():
    facts = read(
        " date 2023-05-29 Lissabon (dpa) - Benfica hat am Sonntag im portugiesischen "
        "Pokal-Halbfinale gegen den FC Porto zu Hause 2:1 gewonnen."
    )
    assert match(facts, "benfica", "porto").competition == "Taça de Portugal"


def test_german_clubs_keep_the_dfb_pokal():
    facts = read(
        " date 2024-05-26 Berlin (dpa) - Bayer Leverkusen hat das Pokalfinale gegen den "
        "1. FC Kaiserslautern mit 1:0 gewonnen."
    )
    assert {m.competition for m in facts.matches} == {"DFB-Pokal"}


def test_french_league_cup_is_not_the_english_one():
    facts = read(
        " date 2019-04-01 Lille (dpa) - Racing Straßburg hat im französischen Ligapokal-Finale "
        "gegen EA Guingamp im Elfmeterschießen gewonnen, nach 120 Minuten stand es 0:0. "
        "Im Halbfinale hatte Straßburg zu Hause gegen Girondins Bordeaux mit 3:2 gewonnen."
    )
    assert match(facts, "strasbourg", "bordeaux").competition == "Coupe de la Ligue"


@pytest.mark.parametrize(
    ("countries", "named_german", "cup"),
    [
        (["GER", "GER"], False, "DFB-Pokal"),
        (["GER", None], False, "DFB-Pokal"),
        ([None, None], True, "DFB-Pokal"),
        ([None, None], False, None),
        (["SCO", "SCO"], False, "Scottish Cup"),
        (["SCO", None], False, None),
        (["SCO", "ENG"], False, None),
        (["GER", "ENG"], True, None),
        (["GRE", "GRE"], False, None),
    ],
)
def test_the_cup_of_the_clubs_country(countries, named_german, cup):
    assert cup_of_clubs(countries, named_german) == cup


def test_a_compound_of_dfb_pokal_names_the_cup():
    facts = read(
        " date 2022-05-22 Der SC Freiburg ist erstmals DFB-Pokalsieger. Im Finale am Samstagabend "
        "in Berlin besiegte die Elf von Trainer Christian Streich den FC Schalke 04 mit 2:1."
    )
    (found,) = facts.matches
    assert (found.competition, found.stage, found.date) == ("DFB-Pokal", "final", "2022-05-21")
    assert found.neutral and {found.home, found.away} == {"sc-freiburg", "schalke-04"}
