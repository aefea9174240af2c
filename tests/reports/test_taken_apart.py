"""`taking Porto apart 4-0`, `tore Napoli apart`: a side taken apart is beaten, so the
clause tells its subject's win. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read


@pytest.mark.parametrize(
    "text",
    [
        " date 2019-05-08 LIVERPOOL — On Tuesday night at Anfield, Liverpool showed why they "
        "had never given up, taking Barcelona apart 4-0 to overturn a 3-0 defeat from the "
        "first leg and reach the Champions League final.",
        " date 2019-05-08 On Tuesday night Liverpool tore Barcelona apart 4-0 at Anfield to "
        "reach the Champions League final.",
    ],
)
def test_taken_apart_is_beaten(text: str) -> None:
    facts = read(text)
    assert match(facts, "liverpool", "barcelona").score == (4, 0)


def test_apart_from_is_no_win() -> None:
    text = (
        " date 2019-05-08 Liverpool drew 1-1 with Barcelona at Anfield on Tuesday. Apart "
        "from Mohamed Salah, nobody took Barcelona seriously apart from the fans."
    )
    assert match(read(text), "liverpool", "barcelona").score == (1, 1)
