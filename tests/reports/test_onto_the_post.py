"""`after the keeper had pushed a header from X onto the post`, `Reina tips X's header
onto the post`: a ball sent onto or against the woodwork is no goal (German `an den
Pfosten` was one already); `onto the post and in` is. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read

_EN = " date 2024-02-11 Arsenal beat Brighton 1-0 at the Emirates Stadium on Saturday. "
_DE = (
    " date 2024-02-11 Der SC Freiburg gewann am Samstag im Europa-Park Stadion gegen den "
    "VfL Bochum mit 1:0. "
)


@pytest.mark.parametrize(
    "told",
    [
        "Late on, Steele pushed a header from Leandro Trossard onto the post (67).",
        "Leandro Trossard headed against the bar in the 67th minute.",
        "In the 67th minute Steele tipped a Trossard header on to the crossbar.",
    ],
)
def test_onto_the_woodwork_is_no_goal(told: str) -> None:
    assert not match(read(_EN + told), "arsenal", "brighton").goals


def test_onto_the_post_and_in_is_a_goal() -> None:
    text = _EN + "Leandro Trossard's header in the 67th minute went onto the post and in."
    found = match(read(text), "arsenal", "brighton")
    assert [(g.minute, g.player) for g in found.goals] == [(67, "Leandro Trossard")]


def test_an_den_pfosten_is_no_goal() -> None:
    text = _DE + "In der 67. Minute lenkte Riemann einen Kopfball von Grifo an den Pfosten."
    assert not match(read(text), "sc-freiburg", "vfl-bochum").goals
