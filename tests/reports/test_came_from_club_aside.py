"""`Jadon Sancho, im Winter von Manchester United zurückgeholt, traf in der dritten Minute`,
`der im Winter von Chelsea kam`: the club a player came from, told in an aside, is no
side of the match, so the goal after the aside stays on the match. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read

_DE = (
    " date 2024-02-11 Bayer Leverkusen hat am Samstag in der BayArena den FSV Mainz 05 "
    "mit 1:0 geschlagen. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Jonas Hofmann, im Sommer von Borussia Mönchengladbach geholt, traf bereits in der "
        "dritten Minute.",
        "Jonas Hofmann, im Winter von Borussia Mönchengladbach zurückgeholt, traf bereits in "
        "der dritten Minute.",
        "Jonas Hofmann, der im Sommer von Borussia Mönchengladbach kam, traf in der dritten "
        "Minute.",
    ],
)
def test_a_club_came_from_is_no_side_of_the_match(sentence: str) -> None:
    found = match(read(_DE + sentence), "bayer-leverkusen", "mainz-05")
    assert [(g.minute, g.player) for g in found.goals] == [(3, "Jonas Hofmann")]
