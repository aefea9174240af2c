"""`In der 36. Minute zog Rafael Borré aus 25 Metern ab, der Ball schlug unhaltbar im Eck
ein`: the ball landing in the net is the goal of the one who shot, the inverted subject
after the time; `unterlief Neuer ein Fehler` names no doer. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read

_DE = (
    " date 2024-02-11 Bayer Leverkusen hat am Samstag in der BayArena den FSV Mainz 05 "
    "mit 2:0 geschlagen. Boniface traf in der 10. Minute. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "In der 36. Minute zog Granit Xhaka aus rund 25 Metern ab, der Ball schlug "
        "unhaltbar im Eck ein.",
        "In der 36. Minute zog Granit Xhaka ab, der Ball landete im Netz.",
    ],
)
def test_the_ball_in_the_net_is_the_shooters_goal(sentence: str) -> None:
    found = match(read(_DE + sentence), "bayer-leverkusen", "mainz-05")
    assert [(g.minute, g.player) for g in found.goals] == [(10, "Boniface"), (36, "Granit Xhaka")]


def test_the_ball_off_the_post_is_none() -> None:
    text = _DE + "In der 36. Minute zog Granit Xhaka ab, doch der Ball landete am Pfosten."
    found = match(read(text), "bayer-leverkusen", "mainz-05")
    assert [(g.minute, g.player) for g in found.goals] == [(10, "Boniface")]
