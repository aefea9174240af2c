"""`The semi-final was level at 1-1 after the first leg at Anfield`, `Nach dem Hinspiel in
München stand es 2:2`: a tie level after its first leg stood at that leg's result, so the
score is the first leg (a draw), not a running score."""

from __future__ import annotations

from tests.reports.helpers import match, read

EN = (
    " date 2022-03-09 Atletico Madrid 0-2 Manchester United (agg 1-3): Ronaldo sends United "
    "through\n\n"
    "Cristiano Ronaldo scored twice as United won at the Metropolitano on Tuesday night to "
    "reach the quarter-finals.\n\n"
    "The tie was level at 1-1 after the first leg at Old Trafford on 23 February, when Joao "
    "Felix put Atletico ahead early and Anthony Elanga equalised late."
)
DE = (
    " date 2022-03-09 Madrid (dpa) - Manchester United steht im Viertelfinale der Champions "
    "League. Die Engländer gewannen am Dienstagabend bei Atlético Madrid mit 2:0.\n\n"
    "Nach dem Hinspiel stand es 1:1, damals hatte Anthony Elanga in Manchester spät "
    "ausgeglichen."
)


def test_level_at_after_the_first_leg():
    first = match(read(EN), "manchester-united", "atletico-madrid")
    assert (first.score, first.leg) == ((1, 1), 1)


def test_nach_dem_hinspiel_stand_es():
    facts = read(DE)
    first = match(facts, "manchester-united", "atletico-madrid")
    assert (first.score, first.leg) == ((1, 1), 1)
