"""A result told `there` after a round reached (`zog ins Viertelfinale ein und schlug dort
...`, `reached the quarter-finals, where they beat ...`) was played in that round, not
the one before it; met on set 59's Frankfurt-Tottenham report, sentences written for
these tests."""

from __future__ import annotations

from bot.reports.matches.rounds import told_rounds


def stages(text: str) -> list:
    return [stage for _, stage, _ in told_rounds(text)]


def test_a_round_reached_and_played_there_de():
    text = "Mainz war ins Viertelfinale eingezogen und hatte dort Lyon mit 2:1 geschlagen."
    assert stages(text) == ["quarter-final"]


def test_a_round_reached_and_played_there_en():
    text = "Villa reached the quarter-finals, where they beat Lille 2-1 at home."
    assert stages(text) == ["quarter-final"]


def test_a_round_reached_alone_is_the_round_before():
    assert stages("Mainz zog mit einem 2:1 gegen Lyon ins Viertelfinale ein.") == ["round-of-16"]
    assert stages("Villa beat Lille 2-1 to reach the quarter-finals.") == ["round-of-16"]
