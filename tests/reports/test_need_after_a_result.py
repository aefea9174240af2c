"""`Nach dem 1:3 im Hinspiel beim VfL Wolfsburg brauchen die Störche am Montagabend einen
Sieg`: a sentence opening on a result and going on to what a side needs on a day tells
the day of the match to come, not the result's."""

from __future__ import annotations

import pytest

from tests.reports.helpers import read

TEXTS = (
    " date 2019-05-26 Die Ausgangslage vor dem Rückspiel der Relegation ist klar: Nach dem "
    "0:2 im Hinspiel beim VfB Stuttgart braucht der 1. FC Union Berlin am Montagabend "
    "mindestens einen Sieg mit zwei Toren Unterschied.",
    " date 2019-05-26 The situation before the second leg is clear. After the 0-2 in the "
    "first leg at VfB Stuttgart, Union Berlin need a win by two goals on Monday evening.",
)


@pytest.mark.parametrize("text", TEXTS, ids=("de", "en"))
def test_the_day_after_a_need_is_the_coming_matchs(text):
    found = [m for m in read(text).matches if "union-berlin" in (m.home, m.away)]
    assert all(m.date is None for m in found)
