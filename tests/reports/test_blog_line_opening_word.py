"""A live report's goal line that opens on a word of mood (`24 min - Shock at Old
Trafford. Les Ferdinand ... lifts the ball over Peter Schmeichel`) is scored by the player
who finishes, not by that word; a ball lifted over the keeper is a finish, one lifted over
the bar is not. A running score told with its leader (`Tottenham lead 1-0`, `2-1 United`)
gives the goal to the side that leads, whichever side is at home. Sentences written for
these tests."""

from __future__ import annotations

from tests.reports.helpers import read

_BLOG = (
    " date 2003-05-11 Premier League final day: Everton v Leeds United - as it happened\n\n"
    "Full-time at Goodison Park: Everton 2, Leeds United 1.\n\n"
    "17 min - Drama at Goodison. Mark Viduka runs clear of the Everton defence and {finish}"
    " Richard Wright. Leeds lead 1-0.\n\n"
    "58 min - Everton 1-1 Leeds United. Tomasz Radzinski smashes it in from close range.\n\n"
    "81 min - Everton 2-1 Leeds United. Kevin Campbell heads home a corner.\n"
)


def _goals(finish: str) -> list:
    (m,) = [m for m in read(_BLOG.format(finish=finish)).matches if m.score == (2, 1)]
    return [(g.player, g.minute) for g in m.goals or []]


def test_a_word_of_mood_opening_a_goal_line_is_no_scorer() -> None:
    assert _goals("lifts the ball over") == [
        ("Mark Viduka", 17),
        ("Tomasz Radzinski", 58),
        ("Kevin Campbell", 81),
    ]


def test_a_running_score_told_with_its_leader_gives_the_goal_to_that_side() -> None:
    text = (
        _BLOG.format(finish="lifts the ball over")
        .replace("58 min - Everton 1-1 Leeds United.", "58 min - It is 1-1 at Goodison.")
        .replace("81 min - Everton 2-1 Leeds United.", "81 min - It is 2-1 Everton.")
    )
    (m,) = [m for m in read(text).matches if m.score == (2, 1)]
    assert [(g.player, g.team) for g in m.goals or []] == [
        ("Mark Viduka", "leeds-united"),
        ("Tomasz Radzinski", "everton"),
        ("Kevin Campbell", "everton"),
    ]


def test_a_chip_over_the_keeper_is_the_finish() -> None:
    assert ("Mark Viduka", 17) in _goals("chips it over")
