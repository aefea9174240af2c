"""`Nach dem 0:1 an der Stamford Bridge gewann die Mannschaft von Rafael Benítez an der
Anfield Road mit 1:0`: the place right after a score told in a `Nach dem` phrase is that
score's ground, not the home of the clause's own result (a held-out report read Chelsea
0-1 Liverpool, the Anfield win given to the other ground). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import pairs, read

TEXTS = [
    "date 2005-05-04 Juventus hatte sich bereits am Dienstagabend gegen den FC Porto "
    "durchgesetzt. Nach dem 0:1 in Porto gewann die Mannschaft von Fabio Capello in Turin "
    "durch ein Tor von David Trezeguet mit 1:0.",
    "date 2005-05-04 Juventus had already got past FC Porto on Tuesday night. After the 0-1 "
    "in Porto, Fabio Capello's side won 1-0 in Turin through a David Trezeguet goal.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_told_scores_place_is_not_the_results_ground(text: str) -> None:
    found = pairs(read(text))
    assert ("porto", "juventus", (0, 1)) not in found
    assert ("juventus", "porto", (1, 0)) in found
