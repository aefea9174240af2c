"""A German role word before a name (`sein Vereinskollege Emile Heskey`, `Teamkollege`)
is no part of the name, from set 31's Germany-England report; sentences written for
these tests."""

from __future__ import annotations

from bot.facts import Match
from tests.reports.helpers import goals_for


def test_a_team_mate_word_is_no_part_of_the_name_de():
    (match,) = goals_for(
        "Bayern gewann 2:1 gegen Dortmund. In der 66. Minute traf Harry Kane, acht Minuten "
        "später lief sein Vereinskollege Jamal Musiala allein auf Kobel zu und traf zum 2:0.",
        Match("bayern-munich", "borussia-dortmund", (2, 1)),
        lang="de",
    )
    assert [(g.minute, g.player) for g in match.goals or []] == [
        (66, "Harry Kane"),
        (74, "Jamal Musiala"),
    ]
