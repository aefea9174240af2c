"""`Borussia Dortmund kam gegen Benfica zu einem 0:0, das nach dem 3:0 in Lissabon
reichte`: a relative clause whose antecedent is a score tells its score from the main
clause's subject, not from the opponent named last before it (a held-out report turned a
first-leg away win round). Sentences written for these tests."""

from __future__ import annotations

from tests.reports.helpers import pairs, read


def test_a_relative_to_a_score_keeps_the_main_subject() -> None:
    facts = read(
        " date 2025-02-20 Borussia Dortmund kam gegen Benfica zu einem 0:0, das nach dem 3:0 "
        "in Lissabon reichte."
    )
    assert ("benfica", "borussia-dortmund", (0, 3)) in pairs(facts)
    assert ("benfica", "borussia-dortmund", (3, 0)) not in pairs(facts)


def test_a_relative_to_a_team_is_that_team() -> None:
    facts = read(
        " date 2025-02-20 Borussia Dortmund traf auf Benfica, das nach dem 3:0 in Lissabon "
        "als Favorit galt."
    )
    assert ("benfica", "borussia-dortmund", (0, 3)) not in pairs(facts)
