"""A wire dateline before a result line (`München (dpa) - FC Bayern München - Lazio Rom
3:0 (1:0)`): the line is a listing, home side first, whatever town filed it; it was read
turned round (Lazio 3-0) or not at all. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import pairs, read

_REST = (
    " Die Münchner stehen damit im Viertelfinale der Champions League, das am Freitag "
    "ausgelost wird."
)


@pytest.mark.parametrize("town", ["München", "Rom", "Berlin"])
@pytest.mark.parametrize("agency", ["dpa", "sid", "dpa/sid"])
def test_result_line_after_a_wire_dateline(town: str, agency: str) -> None:
    text = f" date 2020-03-19 {town} ({agency}) - FC Bayern München - Lazio Rom 3:0 (1:0)." + _REST
    assert pairs(read(text)) == {("bayern-munich", "lazio", (3, 0))}


def test_an_english_wire_line() -> None:
    text = (
        " date 2021-03-18 MUNICH (AP) — Bayern Munich 2, Lazio 1. The holders went through "
        "to the quarterfinals of the Champions League with the win on Wednesday night."
    )
    assert pairs(read(text)) == {("bayern-munich", "lazio", (2, 1))}


@pytest.mark.parametrize(
    "opening",
    [
        "Der Abend in München - FC Bayern München - Lazio Rom 3:0 (1:0).",
        "Der Abend in Rom - FC Bayern München - Lazio Rom 3:0 (1:0).",
        "Am Mittwochabend im Überblick - FC Bayern München – Lazio Rom 3:0 (1:0).",
    ],
)
def test_a_dashed_pair_before_the_score_is_home_side_first(opening: str) -> None:
    """Inside a sentence too: the team right before the score is the away side, not the
    subject (it was read as Bayern 0-3 Lazio)."""
    assert pairs(read(" date 2020-03-19 " + opening + _REST)) == {
        ("bayern-munich", "lazio", (3, 0))
    }


def test_a_dashed_pair_in_english() -> None:
    text = (
        " date 2020-03-19 The night in Rome - Bayern Munich – Lazio 3-0. The holders are "
        "through to the quarterfinals of the Champions League after a stroll."
    )
    assert pairs(read(text)) == {("bayern-munich", "lazio", (3, 0))}
