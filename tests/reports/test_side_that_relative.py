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
    # two national teams' one-off knock-out is no two-legged tie (ties/onematch.py), so
    # what is asked is that France is given no part of Morocco's win
    assert not [t for t in facts.ties if set(t.teams) == {"france", "portugal"}]
    assert not [t for t in facts.ties if t.winner == "portugal"]
    assert not [m for m in facts.matches if {m.home, m.away} == {"france", "portugal"}]


def test_a_club_side_that_won_is_the_winner() -> None:
    facts = read(
        " date 2023-03-15 For Inter, who beat Porto in the last 16, there is a quarter-final "
        "against a Benfica side that knocked out Club Brugge 5-1 on aggregate."
    )
    found = tie(facts, "benfica", "club-brugge")
    assert found.winner == "benfica"
    assert not [t for t in facts.ties if set(t.teams) == {"inter-milan", "club-brugge"}]


def test_a_side_that_another_beat_is_no_subject() -> None:
    facts = read(
        " date 2022-12-11 France face a Morocco side that Portugal beat 1-0 in the group."
    )
    assert not [t for t in facts.ties if t.winner == "morocco"]
    assert not [m for m in facts.matches if m.home == "morocco" and m.score == (1, 0)]
