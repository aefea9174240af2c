"""`Ronaldo's shot was parried and Quaresma headed the rebound into an empty net in the
117th minute`, `In der 87. Minute parierte X gegen Y, doch Z staubte im Nachschuss ab`: a
save told first and a rebound put in after it is a goal of the one who followed up, at
the save's minute; a rebound kept out or sent wide is none. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read

_EN = " date 2024-02-11 Everton beat Fulham 1-0 at Goodison Park on Saturday. "
_DE = (
    " date 2024-02-11 Der SC Freiburg gewann am Samstag im Europa-Park Stadion gegen den "
    "VfL Bochum mit 1:0. "
)


@pytest.mark.parametrize(
    "told",
    [
        "Dwight McNeil's shot was parried and Dominic Calvert-Lewin headed the rebound into "
        "an empty net in the 64th minute.",
        "In the 64th minute Leno saved from Dwight McNeil but Dominic Calvert-Lewin fired in "
        "the rebound.",
    ],
)
def test_rebound_after_save_en(told: str) -> None:
    found = match(read(_EN + told), "everton", "fulham")
    assert [(g.minute, g.player) for g in found.goals] == [(64, "Dominic Calvert-Lewin")]


def test_rebound_after_save_de() -> None:
    text = _DE + (
        "In der 64. Minute parierte Riemann gegen Grifo, doch Michael Gregoritsch staubte "
        "im Nachschuss ab."
    )
    found = match(read(text), "sc-freiburg", "vfl-bochum")
    assert [(g.minute, g.player) for g in found.goals] == [(64, "Michael Gregoritsch")]


@pytest.mark.parametrize(
    "told",
    [
        "In the 64th minute Leno saved from Dwight McNeil and Calvert-Lewin's rebound went wide.",
        "Dwight McNeil's shot was parried in the 64th minute and Leno also kept out the "
        "rebound from Calvert-Lewin.",
    ],
)
def test_rebound_kept_out_is_no_goal(told: str) -> None:
    found = match(read(_EN + told), "everton", "fulham")
    assert not found.goals


def test_rebound_kept_out_de() -> None:
    text = _DE + (
        "In der 64. Minute parierte Riemann gegen Grifo, und auch den Nachschuss von Michael "
        "Gregoritsch wehrte er ab."
    )
    assert not match(read(text), "sc-freiburg", "vfl-bochum").goals
