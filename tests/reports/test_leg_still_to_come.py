"""A leg word after a result, in a clause telling it as still to come (`und muss im
Rückspiel kommende Woche im Emirates Stadium ein Wunder schaffen`, `must win the second leg
next week at the Emirates`), is the leg ahead: the result told is the first leg, and the
ground named there is not its home (set 74's Östersund-Arsenal, reworded)."""

from __future__ import annotations

from bot.reports.guard import check
from bot.reports.matches.assemble import read_results
from bot.reports.text.document import build_document
from tests.reports.helpers import RESOLVER


def _results(text: str):
    doc = build_document(text, RESOLVER, check(text))
    return [(r.p, r.o, r.leg, r.home) for r in read_results(doc, RESOLVER)]


def test_muss_im_rueckspiel_kommende_woche_de():
    told = _results(
        " date 2018-02-16 Östersunds FK unterlag am Donnerstag im Hinspiel der Europa League "
        "dem FC Arsenal mit 0:3 und muss im Rückspiel kommende Woche im Emirates Stadium ein "
        "Wunder schaffen."
    )
    assert told == [("ostersund", "arsenal", 1, None)]


def test_must_win_the_second_leg_next_week_en():
    told = _results(
        " date 2018-02-16 Ostersund lost 3-0 to Arsenal in the first leg on Thursday, and they "
        "must win the second leg next week at the Emirates Stadium by four goals."
    )
    assert told == [("ostersund", "arsenal", 1, None)]
