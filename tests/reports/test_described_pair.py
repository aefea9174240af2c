"""`Benfica held Borussia Dortmund to a 1-1 draw ... The Portuguese champions, who won the
first leg 2-0 at home two weeks ago, advanced 3-1 on aggregate`: a sentence naming no
team whose subject is a side told by its nationality is the one club of that country in
the last result's pair; the other club is its opponent."""

from __future__ import annotations

from tests.reports.helpers import match, read, tie

EN = (
    " date 2017-03-09 DORTMUND, Germany — Benfica held Borussia Dortmund to a 1-1 draw on "
    "Wednesday night and knocked them out of the Champions League in the round of 16. The "
    "Portuguese champions, who won the first leg 2-0 at home two weeks ago, advanced 3-1 on "
    "aggregate."
)
DE = (
    " date 2017-03-09 Dortmund (dpa) - Benfica Lissabon hat am Mittwochabend bei Borussia "
    "Dortmund ein 1:1 erreicht und steht im Viertelfinale der Champions League. Der "
    "portugiesische Meister hatte das Hinspiel vor zwei Wochen daheim mit 2:0 gewonnen."
)


def test_the_portuguese_champions_won_the_first_leg():
    facts = read(EN)
    first = match(facts, "benfica", "borussia-dortmund")
    assert (first.score, first.leg) == ((2, 0), 1)
    assert tie(facts, "benfica", "borussia-dortmund").winner == "benfica"


def test_der_portugiesische_meister():
    first = match(read(DE), "benfica", "borussia-dortmund")
    assert (first.score, first.leg) == ((2, 0), 1)


def test_a_nationality_of_neither_side_reads_nothing():
    text = EN.replace("Portuguese champions", "Spanish champions")
    assert not any(m.score == (2, 0) for m in read(text).matches)
