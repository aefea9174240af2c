"""A stated aggregate is at least what each side scored in a leg the text reads: `mit dem
Gesamtergebnis von 4:0` after a 0:3 home defeat goes to the side that scored the three;
met on set 57's 1982 UEFA Cup final, sentences written for these tests."""

from __future__ import annotations

from bot.facts import Match, Tie
from bot.reports.ties.legfloor import fit_to_legs
from tests.reports.helpers import read, tie


def test_the_aggregate_turns_to_fit_the_leg_de():
    facts = read(
        " date 1992-05-21 Der Hamburger SV hat das Rückspiel im Finale des UEFA-Pokals gegen "
        "den FC Porto im Volksparkstadion mit 0:3 verloren, und weil schon das Hinspiel vor "
        "zwei Wochen mit 0:1 verloren gegangen war, geht der Pokal mit dem Gesamtergebnis von "
        "4:0 nach Porto."
    )
    found = tie(facts, "hamburger-sv", "porto")
    assert found.aggregate == {"porto": 4, "hamburger-sv": 0}
    assert found.winner == "porto"


def test_an_aggregate_that_fits_no_way_is_no_fact():
    legs = {2: Match("a", "b", (3, 3), leg=2)}
    assert not fit_to_legs(Tie(("a", "b"), aggregate={"a": 4, "b": 2}, winner="a"), legs)


def test_a_fitting_aggregate_stays():
    legs = {2: Match("a", "b", (0, 3), leg=2)}
    stated = Tie(("a", "b"), aggregate={"a": 1, "b": 4}, winner="b", decided_by="aggregate")
    assert fit_to_legs(stated, legs)
    assert stated.aggregate == {"a": 1, "b": 4} and stated.winner == "b"
