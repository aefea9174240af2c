"""A shot told as going past the keeper is a goal (`Eder hit a low 25-yard shot past
Hugo Lloris in the 109th minute`), but not one past the post; from set 32's EURO 2016
final, with sentences written for these tests."""

from __future__ import annotations

from bot.facts import Match
from tests.reports.helpers import goals_for


def scorers(body: str, lang: str | None = None) -> list[tuple]:
    (match,) = goals_for(body, Match("bayern-munich", "borussia-dortmund", (1, 0)), lang=lang)
    return [(g.minute, g.player) for g in match.goals or []]


def test_a_shot_past_the_keeper_en():
    assert scorers(
        "Bayern beat Dortmund 1-0. Michael Olise, a winger who had barely played all month, "
        "hit a low 20-yard shot past Gregor Kobel in the 98th minute."
    ) == [(98, "Michael Olise")]


def test_a_shot_past_the_post_is_no_goal_en():
    assert (
        scorers(
            "Bayern beat Dortmund 1-0. Michael Olise hit a low shot past the post in the 30th "
            "minute."
        )
        == []
    )


def test_a_shot_past_the_keeper_de():
    assert scorers(
        "Bayern gewann 1:0 gegen Dortmund. Michael Olise traf in der 98. Minute mit einem "
        "flachen Schuss aus 20 Metern an Gregor Kobel vorbei.",
        lang="de",
    ) == [(98, "Michael Olise")]
