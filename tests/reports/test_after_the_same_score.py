"""`setzte sich nach dem gleichen Ergebnis im Hinspiel vor einer Woche durch`, `after the same
score in the first leg`: the first leg ended as the result the sentence tells, so it is read
as its own match with its own day, and the weekday of the return dates only the return.
Texts written for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read


def test_nach_dem_gleichen_ergebnis():
    facts = read(
        " date 2024-03-15 Prag (dpa) - Der SC Freiburg steht im Viertelfinale der Europa League. "
        "Die Breisgauer gewannen am Donnerstagabend auch das Rückspiel bei Slavia Prag mit 3:1 "
        "und setzten sich nach dem gleichen Ergebnis im Hinspiel vor einer Woche in Freiburg "
        "mit insgesamt 6:2 durch."
    )
    assert match(facts, "slavia-prague", "sc-freiburg").date == "2024-03-14"
    assert match(facts, "sc-freiburg", "slavia-prague").date == "2024-03-07"


def test_after_the_same_score_in_the_first_leg():
    facts = read(
        " date 2024-03-15 Freiburg reached the Europa League quarter-finals on Thursday, "
        "winning 3-1 at Slavia Prague after the same score in the first leg in Freiburg."
    )
    assert match(facts, "sc-freiburg", "slavia-prague").score == (3, 1)
