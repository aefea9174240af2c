"""`Borussia Dortmund are also in Friday's quarter-final draw after beating Shakhtar
Donetsk 3-0 on Tuesday`: the day before `draw` is the draw's, not the result's (a
held-out report dated the win on the Friday). Sentences written for these tests."""

from __future__ import annotations

from tests.reports.helpers import read

TEXT = (
    "date 2015-03-18 Juventus are through to the last eight after a 3-0 win in Dortmund "
    "on Wednesday. Monaco are also in Friday's quarter-final draw after beating Arsenal "
    "2-0 at the Emirates on Tuesday."
)


def test_the_draws_day_is_no_results_day() -> None:
    for m in read(TEXT).matches:
        assert m.date != "2015-03-13", m


ROUND_TEXT = (
    "date 2015-03-19 Juventus beat Borussia Dortmund 3-0 in the second leg of their "
    "Champions League round of 16 tie on Wednesday night. Monaco are also in Friday's "
    "quarter-final draw after beating Arsenal 2-0 at the Emirates on Tuesday."
)


def test_the_draws_round_is_no_results_round() -> None:
    for m in read(ROUND_TEXT).matches:
        if "monaco" in (m.home, m.away):
            assert m.stage != "quarter-final", m
