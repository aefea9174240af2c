"""A penalty awarded in one sentence and converted in the next is that goal's penalty;
a kick saved, or a goal of another kind after it, is not."""

from __future__ import annotations

from bot.facts import Match
from tests.reports.helpers import match, read


def flags(text: str, home: str, away: str) -> list[tuple]:
    found: Match = match(read(text), home, away)
    return [(g.player, g.minute, g.penalty) for g in found.goals or []]


def test_a_kick_awarded_then_converted_is_a_penalty_de():
    found = flags(
        " date 2024-05-10 Mainz (dpa) - Der FSV Mainz 05 hat den SC Freiburg am Donnerstag "
        "mit 1:0 besiegt.\n\nKurz vor der Pause zeigte der Schiedsrichter nach Ansicht der "
        "Videobilder auf den Punkt. Jonathan Burkardt verwandelte sicher zur Führung (44.).",
        "mainz-05",
        "sc-freiburg",
    )
    assert found == [("Jonathan Burkardt", 44, True)]


def test_a_kick_awarded_then_converted_is_a_penalty_en():
    found = flags(
        " date 2024-05-10 LONDON (AP) — Arsenal beat Chelsea 1-0 at the Emirates on "
        "Thursday.\n\nJust before halftime the referee pointed to the spot after a video "
        "review. Bukayo Saka converted calmly in the 44th minute.",
        "arsenal",
        "chelsea",
    )
    assert found == [("Bukayo Saka", 44, True)]


def test_a_saved_kick_before_a_goal_gives_it_no_penalty():
    found = flags(
        " date 2024-05-10 LONDON (AP) — Arsenal beat Chelsea 1-0 at the Emirates on "
        "Thursday.\n\nThe referee pointed to the spot, but Robert Sanchez saved from Bukayo "
        "Saka. Kai Havertz converted a cross from the left in the 44th minute.",
        "arsenal",
        "chelsea",
    )
    assert ("Kai Havertz", 44, True) not in found


def test_a_cross_converted_after_an_award_is_no_penalty_de():
    found = flags(
        " date 2024-05-10 Mainz (dpa) - Der FSV Mainz 05 hat den SC Freiburg am Donnerstag "
        "mit 1:0 besiegt.\n\nKurz vor der Pause zeigte der Schiedsrichter auf den Punkt. "
        "Jonathan Burkardt verwandelte eine Flanke von links zur Führung (44.).",
        "mainz-05",
        "sc-freiburg",
    )
    assert ("Jonathan Burkardt", 44, True) not in found
