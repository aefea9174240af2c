"""`in Rome, where Roma overturned a 4-1 defeat at the Camp Nou by beating Barcelona 3-0`: a
ground told right after a score is that score's, asked before a town named earlier in the
sentence (a held-out round-up put Roma at home for the first leg at the Camp Nou).
Sentences written for these tests."""

from __future__ import annotations

from tests.reports.helpers import pairs, read


def test_the_ground_after_the_score_wins_over_the_town_before() -> None:
    facts = read(
        " date 2018-04-11 The biggest upset came in the other quarter-final in Liverpool, where "
        "Liverpool overturned a 3-0 defeat at the Camp Nou by beating Barcelona 4-0 on Tuesday."
    )
    found = pairs(facts)
    assert ("liverpool", "barcelona", (0, 3)) not in found
    assert ("barcelona", "liverpool", (3, 0)) in found
