"""A live report's goal line that shouts the scorer's full name (`GOAL! Everton 0-1 Leeds.
Mark Viduka! ... Exactly what the manager drew up`) is scored by him, not by a coach named
later in the line; a single word shouted (`Level!`) is still no name. Texts written for
these tests."""

from __future__ import annotations

from tests.reports.helpers import read

_BLOG = (
    " date 2003-05-11 Premier League final day: Everton v Leeds United - as it happened\n\n"
    "Full-time at Goodison Park: Everton 1, Leeds United 2.\n\n"
    "17' GOAL! Everton 0-1 Leeds United. Mark Viduka! Leeds break, the ball is worked wide "
    "and the Australian finishes first time past Richard Wright. Exactly the goal Terry "
    "Venables will have planned.\n\n"
    "58' GOAL! Everton 1-1 Leeds United. Level! Tomasz Radzinski smashes it in from close "
    "range.\n\n"
    "81' GOAL! Everton 1-2 Leeds United. Harry Kewell heads home a corner.\n"
)


def test_a_full_name_shouted_is_the_scorer() -> None:
    (m,) = [m for m in read(_BLOG).matches if m.score == (1, 2)]
    assert [(g.player, g.minute) for g in m.goals or []] == [
        ("Mark Viduka", 17),
        ("Tomasz Radzinski", 58),
        ("Harry Kewell", 81),
    ]
