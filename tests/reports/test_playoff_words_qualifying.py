"""German `Playoff-Rückspiel`, `Playoff-Duelle` in a November report of a World Cup year are
its qualifying play-offs, so a result there read as the World Cup's is its qualification;
`das erste WM-Aus seit 1958` names the tournament as what a side may miss, not the
competition of the result told beside it."""

from __future__ import annotations

from tests.reports.helpers import match, read

DE = (
    " date 2013-11-17 Stockholm (dpa) - Portugal ist der Endrunde der Fußball-Weltmeisterschaft in "
    "Brasilien nahe. Die Mannschaft von Paulo Bento gewann am Freitagabend das Playoff-Hinspiel "
    "gegen Schweden in Lissabon mit 1:0.\n\n"
    "Auch in den anderen Playoff-Duellen fielen Vorentscheidungen. Island und Kroatien "
    "trennten sich am Freitag in Reykjavik torlos, die Entscheidung fällt am Dienstag in "
    "Zagreb. Die Ukraine reist nach dem 2:0 in Kiew gegen Frankreich mit einem Vorsprung "
    "zum Rückspiel nach Paris, wo den Franzosen das erste WM-Aus seit 1994 droht."
)


def test_playoff_duelle_make_the_other_pairs_qualifying():
    draw = match(read(DE), "iceland", "croatia")
    assert (draw.competition, draw.season) == ("FIFA World Cup qualification", "2014")


def test_a_world_cup_exit_is_no_world_cup_match():
    first = match(read(DE), "ukraine", "france")
    assert first.competition == "FIFA World Cup qualification"
    assert first.leg == 1
