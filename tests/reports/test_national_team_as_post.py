"""`a manager who could soon be leaving for the England job`: a national team named as a
post makes no story of national teams, so `the Swiss` after Basel stays Basel. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read

_STORY = (
    " date 2006-04-28 Middlesbrough beat Steaua 4-2 on Thursday. Maccarone did the same in "
    "the quarter-final, when Middlesbrough lost 2-0 in Basel and then beat the Swiss 4-1 at "
    "home with his goal at the very end.\n\n"
)


@pytest.mark.parametrize(
    "tail",
    [
        "They get their chance with a manager who could soon be leaving for the England job.",
        "Nobody here is thinking of the Germany coach yet.",
    ],
)
def test_national_post_keeps_club_plural(tail: str) -> None:
    facts = read(_STORY + tail)
    assert match(facts, "middlesbrough", "basel").score == (4, 1)
    assert match(facts, "basel", "middlesbrough").score == (2, 0)
