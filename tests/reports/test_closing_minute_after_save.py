"""`stocherte Bonucci den Ball über die Linie, nachdem Pickford zuvor einen Kopfball an den
Pfosten gelenkt hatte (67.)`: the bracketed minute closing the sentence, in the clause
telling the save before the goal, times the goal told before it. A minute in words there
is left (it may be the save's). Sentences written for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read

_EN = " date 2024-02-11 Everton beat Fulham 1-0 at Goodison Park on Saturday. "
_DE = (
    " date 2024-02-11 Der SC Freiburg gewann am Samstag im Europa-Park Stadion gegen den "
    "VfL Bochum mit 1:0. "
)


def _goals(found) -> list[tuple]:
    return [(g.minute, g.player) for g in found.goals or []]


def test_closing_minute_de() -> None:
    text = _DE + (
        "Nach einer Ecke stocherte Michael Gregoritsch den Ball im Gewühl über die Linie, "
        "nachdem Riemann zuvor einen Kopfball von Grifo an den Pfosten gelenkt hatte (67.)."
    )
    assert _goals(match(read(text), "sc-freiburg", "vfl-bochum")) == [(67, "Michael Gregoritsch")]


def test_closing_minute_en() -> None:
    text = _EN + (
        "Dominic Calvert-Lewin poked the ball over the line in a goalmouth scramble after "
        "Leno had pushed a header from Tarkowski onto the post (67)."
    )
    assert _goals(match(read(text), "everton", "fulham")) == [(67, "Dominic Calvert-Lewin")]


def test_minute_in_words_in_the_save_clause_is_left() -> None:
    text = _EN + (
        "Dominic Calvert-Lewin poked the ball over the line after Leno had pushed a header "
        "from Tarkowski onto the post in the 67th minute."
    )
    assert _goals(match(read(text), "everton", "fulham")) in ([], [(None, "Dominic Calvert-Lewin")])
