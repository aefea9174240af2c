"""`Santillana erzielte das 3:0 ... stand erneut Santillana richtig und schob zum 4:0 ein`:
a player's untimed goals told with different running scores are different goals; told
with the same score (or none) they may be one goal told twice and count once. Sentences
written for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read

_DE = (
    " date 2024-02-11 Der SC Freiburg gewann am Samstag im Europa-Park Stadion gegen den "
    "VfL Bochum mit 2:0. "
)
_EN = " date 2024-02-11 Everton beat Fulham 2-0 at Goodison Park on Saturday. "


def _players(found) -> list:
    return sorted(g.player for g in found.goals or [])


def test_two_scores_two_goals_de() -> None:
    text = _DE + (
        "Vincenzo Grifo erzielte kurz vor der Pause das 1:0. Bochum drückte danach, doch "
        "kurz vor dem Abpfiff stand erneut Grifo richtig und schob zum 2:0 ein."
    )
    assert _players(match(read(text), "sc-freiburg", "vfl-bochum")) == ["Vincenzo Grifo"] * 2


def test_two_scores_two_goals_en() -> None:
    text = _EN + (
        "Dwight McNeil made it 1-0 before half-time. Fulham pressed, and McNeil scored "
        "again to make it 2-0 in stoppage time."
    )
    assert _players(match(read(text), "everton", "fulham")) == ["Dwight McNeil"] * 2


def test_flags_stay_with_the_count() -> None:
    text = _EN + (
        "Dwight McNeil made it 1-0 before half-time. Fulham pressed, and McNeil scored "
        "again to make it 2-0 in stoppage time."
    )
    assert not any(g.penalty for g in match(read(text), "everton", "fulham").goals)


def test_same_goal_told_twice_counts_once() -> None:
    text = _DE + (
        "Vincenzo Grifo erzielte kurz vor der Pause das 1:0. Grifos Treffer zum 1:0 war "
        "sein zehnter in dieser Saison."
    )
    assert _players(match(read(text), "sc-freiburg", "vfl-bochum")) != ["Vincenzo Grifo"] * 2
