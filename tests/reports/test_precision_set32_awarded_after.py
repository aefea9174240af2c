"""A goal told with the foul that won the penalty, and the kick awarded and converted in
the next sentence (`Barca doubled their lead when Suarez was brought down. The referee
awarded a penalty, and the Uruguayan drove his spot kick into the corner`), from set 32's
Clasico report; whole texts written for these tests go through read_report."""

from __future__ import annotations

from tests.reports.helpers import match, read

EN = " date 2024-04-10 Arsenal beat Chelsea 2-0 at the Emirates on Tuesday night. "
DE = " date 2024-04-10 Der FC Chelsea hat am Dienstagabend mit 0:2 beim FC Arsenal verloren. "


def seen(text: str) -> list[tuple]:
    found = match(read(text), "arsenal", "chelsea")
    return [(g.player, g.minute, g.penalty) for g in found.goals or []]


def test_the_kick_awarded_and_converted_next_is_that_goals_en():
    goals = seen(
        EN + "Arsenal doubled their lead on the half-hour when Bukayo Saka was brought down "
        "by Marc Cucurella. The referee awarded a penalty after a video review, and the "
        "England winger drove his spot kick into the corner."
    )
    assert ("Bukayo Saka", 30, True) in goals


def test_the_kick_awarded_and_converted_next_is_that_goals_de():
    goals = seen(
        DE + "Arsenal erhöhte in der 30. Minute auf 2:0, nachdem Bukayo Saka von Marc "
        "Cucurella im Strafraum zu Fall gebracht worden war. Der Schiedsrichter zeigte nach "
        "Ansicht der Videobilder auf den Punkt, und der Engländer verwandelte sicher."
    )
    assert ("Bukayo Saka", 30, True) in goals


def test_a_kick_saved_next_is_no_penalty_goal_en():
    goals = seen(
        EN + "Arsenal doubled their lead on the half-hour when Bukayo Saka was brought down "
        "by Marc Cucurella. The referee awarded a penalty, but Robert Sanchez saved it."
    )
    assert all(not penalty for _, _, penalty in goals)
