"""A level aggregate told in one sentence and the shoot-out that settled it in the next
(`... levelled the semifinal at 1-1 on aggregate. Neither team scored in extra time, and
Liverpool won the shootout 4-1.`, as in set 29's Liverpool-Chelsea): the tie's winner is
the shoot-out's. Sentences written here."""

from __future__ import annotations

from tests.reports.helpers import read, tie


def test_shootout_winner_after_a_level_sum_en():
    facts = read(
        "Porto knocked Rangers out of the Europa League on Thursday night. Pepe's header in "
        "the 70th minute gave Porto a 1-0 win at the Dragao and levelled the tie at 1-1 on "
        "aggregate. Nobody scored in extra time, and Porto won the shootout 5-3."
    )
    found = tie(facts, "porto", "rangers")
    assert found.winner == "porto"
    assert found.decided_by == "penalties"
    assert found.penalties == {"porto": 5, "rangers": 3}


def test_shootout_winner_after_a_level_sum_de():
    facts = read(
        "Die Rangers sind am Donnerstag aus der Europa League ausgeschieden. Der FC Porto "
        "gewann im Rückspiel gegen die Rangers mit 1:0, in der Summe stand es damit 1:1. "
        "In der Verlängerung fiel kein Tor, und Porto gewann das Elfmeterschießen mit 5:3."
    )
    found = tie(facts, "porto", "rangers")
    assert found.winner == "porto"
    assert found.penalties == {"porto": 5, "rangers": 3}


def test_a_shootout_the_other_pair_won_settles_nothing_en():
    facts = read(
        "Porto beat Rangers 1-0 at the Dragao on Thursday night, which levelled the tie "
        "at 1-1 on aggregate. In the other tie, Sevilla won the shootout 5-3 against Roma."
    )
    assert all(t.winner != "sevilla" for t in facts.ties if "porto" in t.teams)
