"""`In der Schlussphase machte Serge Gnabry alles klar. Nach einem Konter über João Cancelo
traf der Nationalspieler zum 2:0 (89.)`: the one a move ran through (`über`, `via`) set
the goal up and is not the one a role word (`der Nationalspieler`, `the striker`) points
back to; the player in focus before is. Sentences written for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read

_DE = (
    " date 2024-02-11 Der SC Freiburg gewann am Samstag im Europa-Park Stadion gegen den "
    "VfL Bochum mit 2:0. Grifo traf in der 20. Minute. "
)
_EN = (
    " date 2024-02-11 Everton beat Fulham 2-0 at Goodison Park on Saturday. Dwight McNeil "
    "scored in the 20th minute. "
)


def test_role_after_move_through_de() -> None:
    text = _DE + (
        "In der Schlussphase machte Michael Gregoritsch alles klar. Nach einem Konter über "
        "Vincenzo Grifo traf der Nationalspieler zum 2:0 (86.)."
    )
    found = match(read(text), "sc-freiburg", "vfl-bochum")
    assert [(g.minute, g.player) for g in found.goals][-1] == (86, "Michael Gregoritsch")


def test_role_after_move_via_en() -> None:
    text = _EN + (
        "Dominic Calvert-Lewin settled it near the end. After a counter via Dwight McNeil "
        "the striker made it 2-0 (86)."
    )
    found = match(read(text), "everton", "fulham")
    assert [(g.minute, g.player) for g in found.goals][-1] == (86, "Dominic Calvert-Lewin")
