"""`Tore: Grifo (12.), Gregoritsch (55.) – Stöger (80.)`: in a goals line the dash after a
bracketed minute separates the sides' scorers and ends no sentence; a minute's note `pen`
(with or without its dot) flags a penalty. Outside a goals line `(71.) – in diesem Moment
...` stays a sentence end. Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.reports.text.sentences import split_sentences
from tests.reports.helpers import match, read

_DE = (
    " date 2024-02-11 Der SC Freiburg gewann am Samstag im Europa-Park Stadion gegen den "
    "VfL Bochum mit 2:1.\n"
)
_EN = " date 2024-02-11 Everton beat Fulham 2-1 at Goodison Park on Saturday.\n"


def _goals(found) -> list[tuple]:
    return [(g.minute, g.player, g.penalty) for g in found.goals or []]


@pytest.mark.parametrize(
    ("tail", "penalty"), [("– Stöger (80.)", False), ("- Stöger (80., Foulelfmeter)", True)]
)
def test_goals_line_dash_de(tail: str, penalty: bool) -> None:
    text = _DE + f"Tore: Grifo (12.), Gregoritsch (55.) {tail}"
    found = match(read(text), "sc-freiburg", "vfl-bochum")
    assert _goals(found) == [
        (12, "Grifo", False),
        (55, "Gregoritsch", False),
        (80, "Stöger", penalty),
    ]


def test_goals_line_dash_en() -> None:
    text = _EN + "Scorers: McNeil (12), Beto (55) – Jimenez (80, pen)"
    found = match(read(text), "everton", "fulham")
    assert _goals(found) == [(12, "McNeil", False), (55, "Beto", False), (80, "Jimenez", True)]


def test_dash_in_prose_still_ends_a_sentence() -> None:
    text = "Sané glich zum 1:2 aus (71.) – Danach kam City nicht mehr zurück."
    assert len(split_sentences(text, "de")) == 2
