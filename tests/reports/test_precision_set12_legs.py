"""A leg told as the time a result came after (`nach dem Hinspiel hatte niemand mehr
... geglaubt`, `after the first leg nobody gave them a chance`) is not that result's
leg; a leg told with its score stays the result's."""

from __future__ import annotations

from tests.reports.helpers import read


def legs(text: str) -> set[tuple[str, str, tuple[int, int], int | None]]:
    return {(m.home, m.away, m.score, m.leg) for m in read(text).matches}


def test_after_the_first_leg_is_no_first_leg_de():
    found = legs(
        " date 2024-05-28 Rostock (dpa) - Nach dem Hinspiel hatte niemand mehr an Holstein "
        "Kiel geglaubt, doch am Montagabend gewann Kiel bei Hansa Rostock mit 3:0."
    )
    assert found == {("hansa-rostock", "holstein-kiel", (0, 3), None)}


def test_after_the_first_leg_is_no_first_leg_en():
    found = legs(
        " date 2024-05-28 ROSTOCK, Germany (AP) — After the first leg nobody gave Kiel a "
        "chance, but on Monday they won 3-0 at Hansa Rostock to stay up."
    )
    assert found == {("hansa-rostock", "holstein-kiel", (0, 3), None)}


def test_a_first_leg_told_with_its_score_stays_the_first_leg():
    found = legs(
        " date 2024-05-28 Kiel (dpa) - Holstein Kiel hat im Hinspiel der Relegation am "
        "Donnerstagabend bei Hansa Rostock mit 3:0 gewonnen."
    )
    assert found == {("hansa-rostock", "holstein-kiel", (0, 3), 1)}
