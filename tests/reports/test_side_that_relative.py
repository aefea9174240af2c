"""`a semi-final against a Morocco side that knocked out Portugal 1-0`: the team a
relative clause's noun (`side`, `team`) stands for is the subject of its result, and a
round after `there is` is the one ahead, so the relative's result was played in the round
before (a held-out report gave France Morocco's win, as a semi-final). Sentences written
for these tests."""

from __future__ import annotations

from tests.reports.helpers import read, tie


def test_a_side_that_won_is_the_winner() -> None:
    facts = read(
        " date 2022-12-11 For France, who beat Poland 3-1 in the round of 16, there is a "
        "semi-final against a Morocco side that knocked out Portugal 1-0 in the afternoon."
    )
    found = tie(facts, "morocco", "portugal")
    assert found.winner == "morocco"
    assert found.stage == "quarter-final"
    assert not [t for t in facts.ties if set(t.teams) == {"france", "portugal"}]


def test_a_side_that_another_beat_is_no_subject() -> None:
    facts = read(
        " date 2022-12-11 France face a Morocco side that Portugal beat 1-0 in the group."
    )
    assert not [t for t in facts.ties if t.winner == "morocco"]
    assert not [m for m in facts.matches if m.home == "morocco" and m.score == (1, 0)]
