"""`Hinspiel 0:1, Lyon mit 2:1 im Viertelfinale` under a result line: a side with its
aggregate and a round, and no verb, tells the round it reached, so the result was
played in the round before (the round of 16), not in the quarter-final."""

from __future__ import annotations

import pytest

from tests.reports.helpers import read

BOXES = (
    " date 2012-03-08 Champions League, Rückspiele vom Mittwoch - Ein Überblick.\n\n"
    "FC Barcelona - Bayer Leverkusen 7:1 (2:0)\n"
    "Hinspiel 3:1, Barcelona mit 10:2 im Viertelfinale\n\n"
    "Lionel Messi traf fünfmal für die Katalanen.\n",
    " date 2012-03-08 Champions League, second legs on Wednesday - a round-up.\n\n"
    "Barcelona 7-1 Bayer Leverkusen\n"
    "First leg 3-1, Barcelona with 10-2 in the quarter-finals\n\n"
    "Lionel Messi scored five times for the Catalans.\n",
)


@pytest.mark.parametrize("text", BOXES, ids=("de", "en"))
def test_box_line_side_with_aggregate_and_next_round(text):
    found = [m for m in read(text).matches if m.score == (7, 1)]
    assert found and found[0].stage != "quarter-final"
