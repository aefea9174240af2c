"""An ordinal goal of a named player, the next told relative to it: `Saka's first came in
the 58th minute ... his second, nine minutes later`, `Grimaldos erstes Tor fiel in der 58.
Minute, sein zweites folgte neun Minuten später`. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read

_EN = " date 2024-02-11 Arsenal beat Brighton 2-0 at the Emirates Stadium on Saturday. "
_DE = (
    " date 2024-02-11 Bayer Leverkusen hat am Samstag in der BayArena den FSV Mainz 05 "
    "mit 2:0 geschlagen. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Saka's first came in the 58th minute, a low shot; his second, nine minutes later, "
        "was a tap-in at the far post.",
        "Saka's first came in the 58th minute, his second arrived nine minutes later.",
        "Saka's first of the afternoon came in the 58th minute. His second followed nine "
        "minutes later.",
    ],
)
def test_english_ordinal_goals_of_a_named_player(sentence: str) -> None:
    found = match(read(_EN + sentence), "arsenal", "brighton")
    assert [(g.minute, g.player) for g in found.goals] == [(58, "Saka"), (67, "Saka")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Grimaldos erstes Tor fiel in der 58. Minute, sein zweites folgte neun Minuten später.",
        "Grimaldo traf in der 58. Minute, sein zweiter fiel neun Minuten später.",
    ],
)
def test_german_ordinal_goals_of_a_named_player(sentence: str) -> None:
    found = match(read(_DE + sentence), "bayer-leverkusen", "mainz-05")
    assert [(g.minute, g.player) for g in found.goals] == [(58, "Grimaldo"), (67, "Grimaldo")]


def test_an_ordinal_of_a_player_that_is_no_goal_is_not_read() -> None:
    found = match(
        read(_EN + "Saka's first touch came in the 58th minute. Havertz scored twice."),
        "arsenal",
        "brighton",
    )
    assert all(g.player != "Saka" for g in found.goals or [])
