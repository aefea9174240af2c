"""`the quarter-finals of Euro 96`: the European Championship named with a two-digit year
(`Euro 96`, `Euro '88`, `EURO 08`) is the competition of the games a round-up tells, not
a World Cup the text names in passing; a sum of money (`Euro 20 Millionen`) is none."""

from __future__ import annotations

import pytest

from bot.reports.matches.competitionmentions import find_competitions
from tests.reports.helpers import match, read


@pytest.mark.parametrize("name", ["Euro 88", "Euro '88", "EURO 08", "Euro 2008"])
def test_two_digit_euro_is_the_european_championship(name):
    found = find_competitions(f"in the semi-finals of {name} last summer", "2008-07-01")
    assert [m.name for m in found] == ["UEFA European Championship"]


@pytest.mark.parametrize("text", ["Euro 20 Millionen", "Euro 20 million", "Euro 97"])
def test_money_or_an_odd_year_is_no_euro(text):
    assert find_competitions(text, "2008-07-01") == []


def test_round_up_games_are_of_the_named_euro():
    text = (
        " date 1988-06-16 DUSSELDORF - Ireland will need a point against the Netherlands "
        "to reach the semi-finals of Euro 88 after a 1-1 draw with the Soviet Union.\n\n"
        "Ronnie Whelan volleyed Ireland ahead in the 38th minute. The Soviets, semi-finalists "
        "at the World Cup two years ago in Mexico, were level through Oleg Protasov.\n\n"
        "RESULTS\nGroup B\nIreland 1 Soviet Union 1\nEngland 1 Netherlands 3\n"
    )
    facts = read(text)
    assert match(facts, "ireland", "soviet-union").competition == "UEFA European Championship"
