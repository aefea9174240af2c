"""A German shoot-out is told from its winner's side; where a noun phrase other than the
result's subject wins it (`Nach einem 1:1 setzte sich der VfL ... mit 5:4 durch` after
`gegen die Bayern`), the kicks are not given to the wrong side."""

from __future__ import annotations

from tests.reports.helpers import match, read

OPENING = (
    " date 2015-09-23 München (dpa) - Der FC Bayern hat den VfL Wolfsburg mit 5:1 besiegt. "
    "Robert Lewandowski traf fünfmal. "
)


def test_another_noun_phrase_winning_the_shootout_gives_no_side():
    facts = read(
        OPENING + "Für die Gäste war es eine bittere Reise. Im August hatten sie den Supercup "
        "in Wolfsburg gegen die Bayern gewonnen: Nach einem 1:1 setzte sich der VfL im "
        "Elfmeterschießen mit 5:4 durch."
    )
    found = match(facts, "vfl-wolfsburg", "bayern-munich")
    assert found.score == (1, 1)
    assert found.penalties in (None, (5, 4))


def test_the_results_subject_winning_the_shootout_keeps_it():
    facts = read(
        OPENING + "Im August hatte der VfL Wolfsburg im Supercup in Wolfsburg 1:1 gegen den FC "
        "Bayern gespielt und setzte sich im Elfmeterschießen mit 5:4 durch."
    )
    assert match(facts, "vfl-wolfsburg", "bayern-munich").penalties == (5, 4)
