"""A round named for the sides still to reach it is no round of the first legs told
beside it: `Am Mittwoch werden die beiden letzten Halbfinalisten ermittelt: Manchester
United, das im Hinspiel ... nur 2:2 gegen den FC Porto spielte`, `Liverpool will be in
the last four too unless ...: ... won the first leg 3-0 at PSV Eindhoven` (set 46 gave
both quarter-final first legs the stage semi-final)."""

from __future__ import annotations

from tests.reports.helpers import read

_DE = (
    " date 2019-04-17 Der FC Barcelona steht im Halbfinale der Champions League. Die "
    "Katalanen gewannen am Dienstagabend das Viertelfinal-Rückspiel gegen Manchester United "
    "im Camp Nou mit 3:0, Lionel Messi traf doppelt.\n\n"
    "Am Mittwoch werden die beiden letzten Halbfinalisten ermittelt: Juventus Turin, das im "
    "Hinspiel in Amsterdam 1:1 gegen Ajax Amsterdam spielte, empfängt die Niederländer in "
    "Turin."
)

_EN = (
    " date 2019-04-17 BARCELONA (AP) - Lionel Messi scored twice as Barcelona beat "
    "Manchester United 3-0 at the Camp Nou on Tuesday to reach the Champions League "
    "semifinals.\n\n"
    "Tottenham will be in the last four too unless something extraordinary happens in "
    "Manchester on Wednesday: Mauricio Pochettino's side won the first leg 1-0 at home to "
    "Manchester City."
)


def _first_leg(text: str, *teams: str):
    found = [m for m in read(text).matches if {m.home, m.away} == set(teams)]
    assert len(found) == 1, found
    return found[0]


def test_first_leg_beside_the_semi_finalists_to_come_is_no_semi_final_de():
    assert _first_leg(_DE, "juventus", "ajax").stage != "semi-final"


def test_first_leg_beside_the_last_four_to_come_is_no_semi_final_en():
    assert _first_leg(_EN, "tottenham", "manchester-city").stage != "semi-final"
