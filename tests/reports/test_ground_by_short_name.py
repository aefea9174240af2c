"""`at Hampden`, `im Hampden`: a national ground told by its short name still places the
match at its owner's home."""

import pytest

from tests.reports.helpers import pairs, read

CASES = [
    " date 2022-06-02 Ukraine reached the final with a 3-1 win over Scotland at Hampden on "
    "Wednesday.",
    " date 2022-06-02 Die Ukraine gewann am Mittwoch im Hampden mit 3:1 gegen Schottland.",
]


@pytest.mark.parametrize("text", CASES)
def test_hampden_is_scotlands_ground(text) -> None:
    facts = read(text)
    assert ("ukraine", "scotland", (3, 1)) not in pairs(facts)
    assert all(m.home == "scotland" for m in facts.matches)
