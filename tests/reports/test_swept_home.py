"""`Phil Foden, on as a substitute, swept it home`, `rolled the ball in`: a placed finish
told with `home`, or with `it`/`the ball` and `in`, is a goal, so a goal told only by its
time (`The second goal came five minutes from time.`) is named from the sentence after it.
`swept in a cross` is a delivery and stays no goal. Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.facts import Match
from tests.reports.helpers import goals_for, match, read


@pytest.mark.parametrize(
    "finish", ["swept it home", "swept home", "swept the ball in", "rolled it home"]
)
def test_placed_finish_is_a_goal(finish) -> None:
    body = (
        "Arsenal drew 1-1 with Porto. Radamel Falcao pulled one back in the 63rd minute. "
        "Then, two minutes from time, Bacary Sagna's cross was half-cleared, Olivier Giroud "
        f"nodded it on and Samir Nasri, on as a substitute, {finish}."
    )
    (m,) = goals_for(body, Match("arsenal", "porto", (1, 1)), lang="en")
    assert [(g.player, g.minute) for g in m.goals or []] == [
        ("Radamel Falcao", 63),
        ("Samir Nasri", 88),
    ]


def test_blank_goal_is_named_from_the_finish_after_it() -> None:
    facts = read(
        " date 2021-03-11 Manchester City beat Everton 2-0 on Wednesday night at the Etihad.\n\n"
        "Ilkay Gundogan headed in from close range in the 28th minute.\n\n"
        "The second goal finally came five minutes from time. Raheem Sterling raced clear "
        "on the right and squared for Phil Foden, who swept it in from close range.\n"
    )
    m = match(facts, "manchester-city", "everton")
    assert [(g.player, g.minute) for g in m.goals or []] == [
        ("Ilkay Gundogan", 28),
        ("Phil Foden", 85),
    ]


def test_a_delivery_swept_in_is_no_goal() -> None:
    body = (
        "Arsenal beat Porto 1-0. Martin Odegaard swept in a cross from the left, and Kai "
        "Havertz headed in from close range in the 30th minute."
    )
    (m,) = goals_for(body, Match("arsenal", "porto", (1, 0)), lang="en")
    assert [(g.player, g.minute) for g in m.goals or []] == [("Kai Havertz", 30)]


def test_a_split_aside_does_not_take_a_goal_from_the_name_after_it() -> None:
    body = (
        "Arsenal beat Porto 1-0. Gabriel Martinelli, on as a substitute, clipped Bukayo Saka "
        "in the area and the winger sent the penalty past Diogo Costa on the hour."
    )
    (m,) = goals_for(body, Match("arsenal", "porto", (1, 0)), lang="en")
    assert [g.player for g in m.goals or []] == ["Bukayo Saka"]


def test_a_late_leveller_told_twice_is_not_taken_for_extra_time() -> None:
    body = (
        "Samir Nasri waited until the 88th minute to calm the travelling fans, and his "
        "equaliser carried Arsenal through. The 1-1 draw with Porto was enough. Radamel "
        "Falcao had pulled one back in the 63rd minute, and Porto pressed for the goal that "
        "would have forced extra time. Then, two minutes from time, Bacary "
        "Sagna's cross was half-cleared, Olivier Giroud nodded it on and Nasri, on as a "
        "substitute, swept it home."
    )
    (m,) = goals_for(body, Match("porto", "arsenal", (1, 1), extra_time=None), lang="en")
    assert [(g.player, g.minute) for g in m.goals or []] == [
        ("Radamel Falcao", 63),
        ("Samir Nasri", 88),
    ]
