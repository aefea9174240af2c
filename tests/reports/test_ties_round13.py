"""Round 13 (sets 29/30) tie families, with sentences written for the tests."""

from __future__ import annotations

from tests.reports.helpers import match, read, tie


def test_level_aggregate_then_second_leg_shootout_in_the_next_sentence_en():
    facts = read(
        " date 2009-04-16 Porto beat Valencia 2-1 in the second leg at the Dragao on Wednesday"
        " night. Lisandro's goal in the 70th minute gave Porto a 2-1 win and leveled the"
        " quarterfinal at 3-3 on aggregate. Nobody scored in extra time, and Porto won the"
        " shootout 5-3."
    )
    m = match(facts, "porto", "valencia")
    assert m.penalties == (5, 3)
    t = tie(facts, "porto", "valencia")
    assert t.aggregate == {"porto": 3, "valencia": 3}
    assert t.winner == "porto"
    assert t.decided_by == "penalties"
    assert t.penalties == {"porto": 5, "valencia": 3}


def test_level_aggregate_then_second_leg_shootout_de():
    facts = read(
        " date 2008-04-10 Im Rückspiel des Viertelfinales verlor Werder Bremen am Mittwochabend"
        " beim FC Sevilla mit 0:1 nach Verlängerung, setzte sich dann aber im Elfmeterschießen"
        " mit 5:4 durch. Jesús Navas traf in der 80. Minute für die Gastgeber und glich das"
        " Gesamtergebnis damit auf 2:2 aus."
    )
    m = match(facts, "sevilla", "werder-bremen")
    assert m.penalties == (4, 5)
    t = tie(facts, "sevilla", "werder-bremen")
    assert t.winner == "werder-bremen"
    assert t.decided_by == "penalties"
    assert t.penalties == {"werder-bremen": 5, "sevilla": 4}
