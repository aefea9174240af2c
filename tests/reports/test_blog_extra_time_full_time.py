"""A live report of a match that went to extra time: the full-time line at 90 minutes and
the one after extra time (`FULL TIME AFTER EXTRA TIME: Chelsea 3, Everton 2`) both state
the score in their turn; `X's shot is diverted by Y past the keeper` is Y's goal, and
`hooks the ball home` / `slam the rebound in` are goal lines. Text written for these
tests."""

from __future__ import annotations

from tests.reports.helpers import match, read

_BLOG = (
    " date 2024-05-26 Chelsea won the FA Cup, beating Everton 3-2 after extra time at "
    "Wembley.\n\nAs it happened:\n\n3 min: Everton strike first. Dwight McNeil's shot is "
    "diverted by Jarrad Branthwaite past Robert Sanchez. 1-0 Everton.\n\n20 min: Chelsea "
    "level. Cole Palmer's corner is not cleared and Levi Colwill hooks the ball home. "
    "1-1.\n\nHALF-TIME: 1-1.\n\n80 min: Everton ahead again. Dominic Calvert-Lewin heads "
    "against the bar and Abdoulaye Doucoure reacts first to slam the rebound in. 2-1 "
    "Everton.\n\n88 min: Chelsea level again. Nicolas Jackson volleys in from close range. "
    "2-2.\n\nFULL TIME: 2-2. Extra time it is.\n\n112 min: JACKSON! Palmer slides the ball "
    "into his path and he sidefoots past Jordan Pickford.\n\nFULL TIME AFTER EXTRA TIME: "
    "Chelsea 3, Everton 2.\n"
)


def test_extra_time_live_report() -> None:
    found = match(read(_BLOG), "chelsea", "everton")
    assert [(g.player, g.minute) for g in found.goals] == [
        ("Jarrad Branthwaite", 3),
        ("Levi Colwill", 20),
        ("Abdoulaye Doucoure", 80),
        ("Nicolas Jackson", 88),
        ("Nicolas Jackson", 112),
    ]
