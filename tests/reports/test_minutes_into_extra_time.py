"""`Lamela's header five minutes into extra time`, `zwei Minuten nach Beginn der
Verlängerung`: minute 90 and those minutes (105 and on in its second half). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from bot.reports.clauses.minutes import find_minutes


@pytest.mark.parametrize(
    ("text", "lang", "minute"),
    [
        ("Saka's header five minutes into extra time settled it.", "en", 95),
        ("Four minutes into extra time Havertz turned in a rebound.", "en", 94),
        ("Havertz scored three minutes into the second half of extra time.", "en", 108),
        ("Zwei Minuten nach Beginn der Verlängerung traf Boniface.", "de", 92),
    ],
)
def test_minutes_into_extra_time(text: str, lang: str, minute: int) -> None:
    assert [(m.minute, m.added) for m in find_minutes(text, lang)] == [(minute, None)]


def test_minutes_into_the_second_half_stay_in_normal_time() -> None:
    text = "Havertz scored five minutes into the second half."
    assert [m.minute for m in find_minutes(text, "en")] == [50]
