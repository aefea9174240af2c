"""Wrong facts found on unseen set 25 (first read P=0.92 R=0.69), each a phrase family
with sentences written for the tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import read, tie


@pytest.mark.parametrize(
    "text",
    [
        " date 2019-03-07 Porto won 3-1 after extra time at the Dragao on Wednesday night, but"
        " the round-of-16 tie finished 3-3 on aggregate and Roma went through on away goals.",
        " date 2019-03-07 Porto beat Roma 3-1 after extra time on Wednesday night, but the tie"
        " ended 3-3 on aggregate and Roma advanced on away goals.",
        " date 2019-03-07 Der FC Porto gewann am Mittwochabend gegen die AS Rom mit 3:1 nach"
        " Verlängerung, doch das Duell endete 3:3 in der Summe beider Spiele, und die AS Rom"
        " setzte sich dank der Auswärtstore durch.",
    ],
)
def test_a_match_won_beside_a_level_aggregate_does_not_name_the_ties_winner(text):
    told = tie(read(text), "porto", "roma")
    assert told.aggregate == {"porto": 3, "roma": 3}
    assert told.winner == "roma"


@pytest.mark.parametrize(
    "text",
    [
        " date 2011-05-29 Der FC Barcelona hat am Samstagabend im Londoner Wembley-Stadion das"
        " Finale der Champions League gegen Manchester United mit 3:1 gewonnen. Zwei Jahre nach"
        " dem 2:0 von Rom besiegten die Katalanen denselben Gegner erneut im Endspiel.",
        " date 2011-05-29 Barcelona beat Manchester United 3-1 in the Champions League final at"
        " Wembley on Saturday night. It came two years after the 2-0 win over United in the"
        " final in Rome.",
    ],
)
def test_a_score_told_years_after_takes_that_earlier_season(text):
    seasons = {m.score: m.season for m in read(text).matches}
    assert seasons == {(3, 1): "2010-11", (2, 0): "2008-09"}


def test_schachtjor_donezk_is_shakhtar():
    facts = read(
        " date 2013-03-06 Borussia Dortmund gewann am Dienstagabend das Achtelfinal-Rückspiel"
        " gegen Schachtjor Donezk im eigenen Stadion mit 3:0. Das Hinspiel war 2:2 ausgegangen."
    )
    assert {(m.home, m.away, m.score) for m in facts.matches} == {
        ("borussia-dortmund", "shakhtar", (3, 0)),
        ("shakhtar", "borussia-dortmund", (2, 2)),
    }
