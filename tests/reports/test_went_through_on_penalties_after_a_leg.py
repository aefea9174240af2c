"""`Arsenal won the first leg against Sampdoria 3-2 at Highbury, lost the return by the same
score, and went through 3-2 on penalties`: the side going through beside a shoot-out
won the tie on penalties, by that shoot-out's score."""

from __future__ import annotations

from tests.reports.helpers import read


def test_english_went_through_on_penalties_beside_a_leg():
    facts = read(
        " date 2005-05-26 Istanbul – Liverpool beat AC Milan on penalties in the Champions "
        "League final on Wednesday. The semifinal had been just as tight. Chelsea won the "
        "first leg against Benfica 2-1 at Stamford Bridge, lost the return in Lisbon by the "
        "same score, and went through 4-2 on penalties after Petr Cech saved twice."
    )
    found = [t for t in facts.ties if "benfica" in t.teams]
    assert [(t.winner, t.decided_by, t.penalties) for t in found] == [
        ("chelsea", "penalties", {"chelsea": 4, "benfica": 2})
    ]
