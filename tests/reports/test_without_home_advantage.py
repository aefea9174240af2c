"""`Ein Viertelfinale ..., ohne Rückspiel, ohne Heimvorteil`, `a quarter-final without home
advantage`: the report's own match, whose home side the text does not settle, was on
neutral ground."""

import pytest

from tests.reports.helpers import read

TEXTS = [
    " date 2020-08-14 Donnerstagabend in Lissabon: Atlético Madrid gegen RB Leipzig, ein "
    "Viertelfinale in einem leeren Stadion, ohne Rückspiel, ohne Heimvorteil. Es wurde ein "
    "2:1 für Leipzig.",
    " date 2020-08-14 Thursday night in Lisbon: Atlético Madrid against RB Leipzig, a "
    "quarter-final in an empty stadium, one match without home advantage. RB Leipzig won it "
    "2-1.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_no_home_advantage_is_neutral(text):
    facts = read(text)
    found = [m for m in facts.matches if set(m.score) == {2, 1}]
    assert found and found[0].neutral
