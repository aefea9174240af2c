"""`Semih jagte den Ball unter die Latte. 1:1 – und die Kroaten standen wie versteinert`:
a score that opens a sentence and goes on with `– und` is the score a goal just made, not
a result (a held-out report read Germany 1-1 Croatia from it, the pair of the result told
before it). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import pairs, read

TEXTS = [
    (
        "date 2006-07-01 Berlin - Deutschland steht im Halbfinale der Weltmeisterschaft. "
        "Im Viertelfinale gegen Argentinien lag die Mannschaft von Jürgen Klinsmann bis "
        "zur 80. Minute mit 0:1 zurück. Nach dem 1:1 nach Verlängerung setzte sich "
        "Deutschland im Elfmeterschießen mit 4:2 durch.\n\nDie Argentinier, in der Vorrunde "
        "unter anderem 6:0-Sieger gegen Serbien und Montenegro, führten durch ein "
        "Kopfballtor von Roberto Ayala. In der 80. Minute verlängerte Michael Ballack "
        "eine Flanke, Miroslav Klose köpfte ein. 1:1 – und die Argentinier waren "
        "plötzlich verunsichert."
    ),
    (
        "date 2006-07-01 Berlin - Germany are through to the World Cup semi-finals. "
        "Against Argentina they trailed 1-0 until the 80th minute, drew 1-1 after extra "
        "time and won the penalty shoot-out 4-2.\n\nArgentina, 6-0 winners over Serbia and "
        "Montenegro in the group stage, had led through a header from Roberto Ayala. In "
        "the 80th minute Michael Ballack flicked on a cross and Miroslav Klose headed in. "
        "1-1 - and Argentina suddenly looked unsure."
    ),
]


@pytest.mark.parametrize("text", TEXTS)
def test_a_score_carried_on_by_dash_and_is_no_result(text: str) -> None:
    found = pairs(read(text))
    assert ("germany", "argentina", (1, 1)) in found
    assert not any(
        {home, away} == {"serbia-and-montenegro", "argentina"} and score == (1, 1)
        for home, away, score in found
    )
