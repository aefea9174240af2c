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
