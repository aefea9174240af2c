"""Two national teams meet over two legs only in a qualification's play-off: in a report
of a final tournament that tells no legs and no qualifying, `Italien war im Halbfinale
mit 2:1 gegen Bulgarien weitergekommen` is one match, no tie."""

from __future__ import annotations

from tests.reports.helpers import read

WORLD_CUP_DE = (
    " date 1994-07-18 Brasilien ist zum vierten Mal Weltmeister. Im Finale setzte sich die "
    "Seleção gegen Italien im Elfmeterschießen durch.\n\nItalien war im Halbfinale mit 2:1 "
    "gegen Bulgarien weitergekommen. Die Bulgaren hatten im Viertelfinale den Titelverteidiger "
    "Deutschland mit 2:1 ausgeschaltet."
)
WORLD_CUP_EN = (
    " date 1994-07-18 Brazil are world champions for a fourth time after beating Italy on "
    "penalties.\n\nItaly had gone through against Bulgaria with a 2-1 win in the semi-final. "
    "Bulgaria had knocked out Germany 2-1 in the quarter-final."
)


def test_one_off_knockout_of_nations_is_no_tie_de():
    assert not read(WORLD_CUP_DE).ties


def test_one_off_knockout_of_nations_is_no_tie_en():
    assert not read(WORLD_CUP_EN).ties


def test_a_qualifying_play_off_keeps_its_tie():
    facts = read(
        " date 2017-11-14 Sweden drew 0-0 with Italy in Milan in the World Cup qualifying "
        "play-off second leg and went through 1-0 on aggregate."
    )
    assert any(set(t.teams) == {"sweden", "italy"} for t in facts.ties)
