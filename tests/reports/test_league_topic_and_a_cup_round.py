"""`In der Serie A kämpfte die Mannschaft gegen den Abstieg ... Im Halbfinale gegen
Cagliari drehten sie nach dem 2:3 das Rückspiel mit 3:0`: a sentence opening on a
league turns the story to it, but a semi-final or quarter-final is no league's round,
so the result is not given the league."""

from __future__ import annotations

import pytest

from tests.reports.helpers import read

CASES = (
    (
        " date 1998-05-05 Paris – Lazio Rom trifft im Finale des UEFA-Pokals am Mittwoch auf "
        "Inter Mailand. In der Serie A spielte die Mannschaft eine schwache Saison, ihr Trainer "
        "hat vor allem im Europapokal Erfolg. Im Halbfinale gegen Atlético Madrid drehte "
        "Lazio nach dem 1:2 in Madrid das Rückspiel in Rom mit 2:0.",
        "atletico-madrid",
    ),
    (
        " date 1998-05-05 Paris – Lazio meet Inter Milan in the UEFA Cup final on Wednesday. "
        "In Serie A the side fought against relegation until the last day, their coach "
        "winning mainly in Europe. In the semi-final against Auxerre, Lazio turned round a "
        "2-3 defeat in France by winning the return leg 3-0 in Rome.",
        "auxerre",
    ),
)


@pytest.mark.parametrize(("text", "opponent"), CASES, ids=("de", "en"))
def test_semi_final_after_a_league_sentence(text, opponent):
    found = [m for m in read(text).matches if opponent in (m.home, m.away)]
    assert found and all(m.competition != "Serie A" for m in found)
