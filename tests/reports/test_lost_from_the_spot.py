"""`unterlag das Team von Roger Schmidt am Dienstagabend mit 2:3 vom Punkt`, `lost 2-3
from the spot`: a side that lost by a score from the spot lost the shoot-out; that score
is no match."""

import pytest

from tests.reports.helpers import read

TEXTS = [
    " date 2015-03-18 Madrid (dpa) - Bayer Leverkusen ist im Achtelfinale der Champions "
    "League an Atlético Madrid gescheitert. Im Estadio Vicente Calderón unterlag das Team von "
    "Roger Schmidt am Dienstagabend mit 2:3 vom Punkt.",
    " date 2015-03-18 Bayer Leverkusen are out of the Champions League after losing to "
    "Atlético Madrid in the last 16. At the Vicente Calderón Roger Schmidt's side lost on "
    "Tuesday night 2-3 from the spot.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_a_shootout_lost_from_the_spot_is_no_match(text):
    facts = read(text)
    assert all(set(m.score) != {2, 3} for m in facts.matches)
