"""`Moisés Caicedo drove in a fourth from distance in stoppage time (90+1)`, `hammered home
the rebound`: a powered finish told with `home`, or with `in` and the goal it made, is a
goal; `drove in from the left` is a run and `hammered home their advantage` no goal. The
German `drosch den Ball zum 3:1 ins Netz` was read and stays so. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from bot.facts import Match
from tests.reports.helpers import goals_for


@pytest.mark.parametrize(
    "finish",
    [
        "drove in a third from distance",
        "drove home a third",
        "hammered home the rebound",
        "thumped the ball home",
        "knocked in the loose ball",
    ],
)
def test_powered_finish_is_a_goal(finish) -> None:
    body = (
        "Arsenal beat Everton 3-1. Bukayo Saka scored in the 20th minute, Dwight McNeil "
        f"levelled in the 44th, Kai Havertz headed in the 60th, and Declan Rice {finish} in "
        "stoppage time (90+2)."
    )
    (m,) = goals_for(body, Match("arsenal", "everton", (3, 1)), lang="en")
    assert ("Declan Rice", 90, 2) in [(g.player, g.minute, g.added) for g in m.goals or []]


@pytest.mark.parametrize(
    "run", ["drove in from the left and crossed", "hammered home their advantage in midfield"]
)
def test_a_run_or_an_advantage_is_no_goal(run) -> None:
    body = (
        "Arsenal beat Everton 1-0. Bukayo Saka scored in the 20th minute, and Declan Rice "
        f"{run} in the 70th minute."
    )
    (m,) = goals_for(body, Match("arsenal", "everton", (1, 0)), lang="en")
    assert all(g.player != "Declan Rice" for g in m.goals or [])


def test_german_powered_finish_stays_read() -> None:
    body = (
        "Der FC Bayern gewann 3:1 gegen Borussia Dortmund. Harry Kane traf in der 20. Minute, "
        "Julian Brandt glich in der 44. Minute aus, Jamal Musiala köpfte in der 60. Minute "
        "ein, und in der Nachspielzeit drosch Joshua Kimmich den Ball zum 3:1 ins Netz (90.+2)."
    )
    (m,) = goals_for(body, Match("bayern-munich", "borussia-dortmund", (3, 1)), lang="de")
    assert ("Joshua Kimmich", 90, 2) in [(g.player, g.minute, g.added) for g in m.goals or []]
