"""`nach dem 5:2 im Mailänder Giuseppe-Meazza-Stadion`: a German town adjective before a
ground the reader does not know places the game in that town; a neutral final's ground
stays neutral. Sentences written for these tests."""

from __future__ import annotations

from bot.reports.names.townadjective import town_of_adjective
from tests.reports.helpers import match, read


def test_town_adjective_places_first_leg() -> None:
    text = (
        " date 2019-03-14 Eine Woche nach dem 3:1 im Münchner Fröttmaning-Stadion gewann "
        "der FC Liverpool am Mittwochabend auch das Achtelfinal-Rückspiel gegen den FC "
        "Bayern München mit 2:0 und zog ins Viertelfinale ein."
    )
    facts = read(text)
    assert match(facts, "bayern-munich", "liverpool").score == (1, 3)
    assert match(facts, "liverpool", "bayern-munich").score == (2, 0)


def test_town_adjective_final_stays_neutral() -> None:
    text = (
        " date 2021-07-12 Italien gewann am Sonntagabend im Londoner Wembley-Stadion das "
        "Finale der Europameisterschaft gegen England mit 3:2 im Elfmeterschießen. Nach "
        "120 Minuten hatte es 1:1 gestanden."
    )
    facts = read(text)
    assert all(m.home != "england" or m.neutral for m in facts.matches)


def test_town_of_adjective_forms() -> None:
    assert town_of_adjective("Münchner Olympiastadion") == "München"
    assert town_of_adjective("Kölner Stadion") == "Köln"
    assert town_of_adjective("Mailänder Arena") is not None
    assert town_of_adjective("Olympiastadion") is None
    assert town_of_adjective("Münchner") is None
