"""The first leg's score in brackets right after a result (`3:0 (Hinspiel 0:1)`,
`3-0 (first leg 1-1)`) makes the result the second leg, and the bracket's score is the
first leg of the same sides in the same order, at the other ground. Texts written for
these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read, tie

DE = " date 2024-03-06 Dortmund (dpa) - "
EN = " date 2024-03-06 DORTMUND, Germany (AP) - "


@pytest.mark.parametrize(
    "told",
    [
        "Borussia Dortmund hat am Dienstagabend gegen PSV Eindhoven mit 2:0 (Hinspiel 1:1) "
        "gewonnen und steht im Viertelfinale der Champions League.",
        "Borussia Dortmund steht im Viertelfinale der Champions League. Der BVB gewann am "
        "Dienstagabend gegen PSV Eindhoven 2:0 (Hinspiel: 1:1).",
    ],
)
def test_a_german_first_leg_in_brackets(told):
    facts = read(DE + told)
    second = match(facts, "borussia-dortmund", "psv")
    assert (second.score, second.leg) == ((2, 0), 2)
    first = match(facts, "psv", "borussia-dortmund")
    assert (first.score, first.leg) == ((1, 1), 1)
    assert tie(facts, "psv", "borussia-dortmund").winner == "borussia-dortmund"


def test_a_lost_first_leg_in_brackets_is_told_from_the_same_side():
    facts = read(
        DE + "Borussia Dortmund hat am Dienstagabend gegen PSV Eindhoven mit 3:0 (Hinspiel "
        "0:1) gewonnen und steht im Viertelfinale der Champions League."
    )
    assert match(facts, "psv", "borussia-dortmund").score == (1, 0)


def test_a_listing_line_with_its_first_leg():
    facts = read(
        DE + "Borussia Dortmund steht im Viertelfinale der Champions League.\n\n"
        "FC Porto – FC Arsenal 1:2 (Hinspiel 1:0)\n\nArsenal setzte sich im Elfmeterschießen "
        "durch."
    )
    assert match(facts, "porto", "arsenal").leg == 2
    assert match(facts, "arsenal", "porto").score == (0, 1)


def test_an_english_draw_in_brackets_and_the_results_leg():
    facts = read(
        EN + "Borussia Dortmund beat PSV Eindhoven 2-0 (first leg 1-1) on Tuesday night to "
        "reach the Champions League quarterfinals."
    )
    assert match(facts, "borussia-dortmund", "psv").leg == 2
    assert match(facts, "psv", "borussia-dortmund").score == (1, 1)


def test_an_english_decided_first_leg_only_moves_the_results_leg():
    facts = read(
        EN + "Borussia Dortmund beat PSV Eindhoven 3-0 (first leg 0-1) on Tuesday night to "
        "reach the Champions League quarterfinals."
    )
    assert match(facts, "borussia-dortmund", "psv").leg == 2
    assert not [m for m in facts.matches if m.home == "psv"]


@pytest.mark.parametrize(
    "line",
    [
        "Parallelspiel: Real Sociedad – Paris Saint-Germain 1:2 (Hinspiel 2:0 für PSG in "
        "Paris), PSG mit 4:1 weiter.",
        "Parallelspiel: Real Sociedad – Paris Saint-Germain 1:2 (Hinspiel 0:2 für PSG), PSG "
        "mit 4:1 weiter.",
    ],
)
def test_a_first_leg_won_by_the_side_named_in_the_bracket(line):
    facts = read(
        DE + "Borussia Dortmund hat am Dienstagabend gegen PSV Eindhoven 2:0 gewonnen.\n\n" + line
    )
    first = match(facts, "psg", "real-sociedad")
    assert (first.score, first.leg) == ((2, 0), 1)
    assert tie(facts, "psg", "real-sociedad").aggregate == {"psg": 4, "real-sociedad": 1}


def test_a_first_leg_town_of_neither_side_adds_no_leg():
    facts = read(
        DE + "Borussia Dortmund hat am Dienstagabend gegen PSV Eindhoven 2:0 gewonnen.\n\n"
        "Parallelspiel: Real Sociedad – Paris Saint-Germain 1:2 (Hinspiel 2:0 für PSG in "
        "Lissabon), PSG mit 4:1 weiter."
    )
    assert not [m for m in facts.matches if m.home == "psg"]
