"""`In the round of 16 they beat Red Star 3-0 at home`: a pronoun subject after a fronted
round of more than one word (`the round of 16`, `the last 16`, `the second round`) is the
story's side, as after `In the quarter-final`."""

from __future__ import annotations

from tests.reports.helpers import match, read, tie

_LEAD = (
    " date 2019-03-15 Porto beat Ajax 2-1 at the Estádio do Dragão in the Europa League "
    "quarter-final on Thursday night, and the home supporters sang long after the end. "
)


def test_round_of_16_then_pronoun_reads_both_legs():
    facts = read(
        _LEAD + "In the round of 16 they beat Lazio 2-0 at home and, although they lost "
        "1-0 in Rome a week later, were rarely in trouble."
    )
    first = match(facts, "porto", "lazio")
    second = match(facts, "lazio", "porto")
    assert (first.score, first.leg, first.stage) == ((2, 0), 1, "round-of-16")
    assert (second.score, second.leg) == ((1, 0), 2)
    found = tie(facts, "porto", "lazio")
    assert (found.winner, found.aggregate) == ("porto", {"porto": 2, "lazio": 1})


def test_last_16_then_pronoun():
    facts = read(_LEAD + "In the last 16 they had beaten Lazio 3-1 at home in the first leg.")
    assert match(facts, "porto", "lazio").score == (3, 1)


def test_german_round_then_pronoun_still_read():
    facts = read(
        " date 2019-03-15 Der FC Porto hat am Donnerstagabend im Estádio do Dragão das "
        "Viertelfinal-Hinspiel der Europa League gegen Ajax Amsterdam mit 2:1 gewonnen. "
        "Im Achtelfinale hatten sie Lazio Rom im Hinspiel zu Hause mit 3:1 besiegt."
    )
    assert match(facts, "porto", "lazio").score == (3, 1)
