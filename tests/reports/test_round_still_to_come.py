"""A round only asked about (`Ob es zum Finale kommt, entscheidet sich am Mittwoch`,
`whether there will be an all-English final`) or one where a side waits (`went through
to the final, where River Plate are waiting`) is still to come: it names no stage of
the result told beside it, and reaching it still names the round before. Met on set 77's
PSG-Dortmund and set 79's Palmeiras-Boca reports; sentences written for these tests."""

from __future__ import annotations

from bot.reports.matches.rounds import told_rounds
from tests.reports.helpers import match, read


def stages(text: str) -> list:
    return [stage for _, stage, _ in told_rounds(text)]


def test_a_round_asked_about_is_no_stage_de():
    text = "Ob es zum Finale in Berlin kommt, entscheidet sich am Dienstag."
    assert stages(text) == []


def test_a_round_asked_about_is_no_stage_en():
    assert stages("Whether there will be an all-English final is decided on Tuesday.") == []


def test_result_after_a_round_asked_about_de():
    text = (
        " date 2024-05-08 Ob es zum zweiten spanischen Finale kommt, entscheidet sich am "
        "Mittwoch: Nach dem 1:1 im Hinspiel in Sevilla empfängt der FC Porto den FC Sevilla."
    )
    assert match(read(text), "sevilla", "porto").stage != "final"


def test_round_where_a_side_waits_is_reached_en():
    text = "Boca drew 1-1 with Santos and went through to the final, where Racing are waiting."
    assert stages(text) == ["semi-final"]
    text = "Boca drew 1-1 with Santos and went into the final, where they will meet Racing."
    assert stages(text) == ["semi-final"]


def test_round_where_a_side_waits_is_reached_de():
    text = "Sevilla hat mit einem 2:0 gegen Betis das Finale erreicht, wo der FC Porto wartet."
    assert stages(text) == ["semi-final"]


def test_round_played_there_keeps_its_stage():
    assert stages("Villa reached the quarter-finals, where they beat Lille 2-1.") == [
        "quarter-final"
    ]
    assert stages("Mainz zog ins Halbfinale ein, wo es Lyon mit 2:1 schlug.") == ["semi-final"]
