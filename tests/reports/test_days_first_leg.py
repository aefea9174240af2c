"""`Leeds had won Saturday's first leg 1-0`: a weekday told as the first leg's own dates
that leg, counted back from the dateline, where a bare weekday in a first leg's sentence
may be the return's (`das Hinspiel am Samstag` stays unstated: tests/reports/
test_first_leg_days.py). Sentences written for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read

_LEAD = (
    " date 2022-05-20 NORWICH, England (AP) - Sunderland beat Norwich City 2-1 at Carrow Road "
    "on Thursday to reach the League One play-off final. "
)


def test_days_first_leg_is_dated() -> None:
    text = _LEAD + "Norwich had won Saturday's first leg 1-0 at the Stadium of Light."
    assert match(read(text), "sunderland", "norwich-city").date == "2022-05-14"


def test_bare_weekday_of_the_return_does_not_date_the_first_leg() -> None:
    text = (
        " date 2022-05-20 NORWICH, England (AP) - Norwich City drew 1-1 with Sunderland on "
        "Thursday in the second leg of their League One play-off semi-final. Norwich had won "
        "the first leg 1-0 and play the final on Saturday."
    )
    first = [m for m in read(text).matches if m.leg == 1]
    assert all(m.date is None for m in first)
