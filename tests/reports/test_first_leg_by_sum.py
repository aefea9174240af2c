"""A result told right before a level sum of its pair (`gave Liverpool a 1-0 win ... and
leveled the semifinal at 2-2 on aggregate`, `gewann mit 2:0 und glich damit das
Gesamtergebnis auf 2:2 aus`) is the second leg, and the sum less that result is the
first leg, at the other ground. Texts written for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read


def test_an_english_second_leg_that_levelled_the_tie():
    facts = read(
        " date 2019-05-08 LIVERPOOL, England (AP) - Divock Origi's goal in the 79th minute "
        "gave Liverpool a 1-0 win over Barcelona at Anfield on Tuesday and leveled the semifinal "
        "at 2-2 on aggregate. Liverpool then won the shootout 4-2."
    )
    first = match(facts, "barcelona", "liverpool")
    assert (first.score, first.leg) == ((2, 1), 1)
    assert match(facts, "liverpool", "barcelona").leg == 2


def test_a_german_second_leg_that_levelled_the_tie():
    facts = read(
        " date 2019-05-08 Porto (dpa) - Der FC Porto hat am Dienstagabend im Estádio do "
        "Dragão gegen Juventus Turin mit 2:0 gewonnen und damit das Gesamtergebnis auf 2:2 "
        "ausgeglichen."
    )
    assert match(facts, "juventus", "porto").score == (2, 0)


def test_a_sum_of_another_moment_gives_no_first_leg():
    facts = read(
        " date 2019-05-08 Porto (dpa) - Der FC Porto hat am Dienstagabend im Estádio do "
        "Dragão gegen Juventus Turin mit 2:0 nach Verlängerung gewonnen, nach 90 Minuten "
        "stand es im Gesamtergebnis 2:2."
    )
    assert not [m for m in facts.matches if m.home == "juventus"]
