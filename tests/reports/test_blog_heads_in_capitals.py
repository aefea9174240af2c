"""A live report whose lines are headed in capitals (`23 MIN: GOAL! ...`) is read like one
headed `23 min: ...`; `GOLDEN GOAL!` is a goal's shout, not a name; the finisher is the one
who `heads her cross in`, `drills a low shot under` the keeper or lashes a volley `into the
roof of the net`, not the one who `beats two men` and set it up. Sentences written for
these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read

_BLOG = (
    " date 2021-05-30 FA CUP FINAL: AS IT HAPPENED - Chelsea 2-1 Arsenal (after extra time)\n\n"
    "Here is how Saturday's final went, as we followed it.\n\n"
    "KICK-OFF: Chelsea in blue, Arsenal in red.\n\n"
    "23 MIN: GOAL! Chelsea 0-1 Arsenal. Bukayo Saka skips past two men and whips a ball "
    "across, and Gabriel Martinelli heads her cross in at the far post.\n\n"
    "HALF-TIME: 0-1.\n\n"
    "78 MIN: GOAL! Chelsea 1-1 Arsenal. Mason Mount plays it wide, Reece James crosses and "
    "Kai Havertz drills a low shot under Bernd Leno.\n\n"
    "110 MIN: GOLDEN GOAL! Chelsea 2-1 Arsenal. Christian Pulisic beats two men on the "
    "right, cuts it back and Timo Werner lashes a volley into the roof of the net.\n\n"
    "FULL-TIME THOUGHTS: a final to remember.\n"
)


def test_capital_heads_are_read() -> None:
    m = match(read(_BLOG), "chelsea", "arsenal")
    assert [(g.player, g.minute, g.team) for g in m.goals or []] == [
        ("Gabriel Martinelli", 23, "arsenal"),
        ("Kai Havertz", 78, "chelsea"),
        ("Timo Werner", 110, "chelsea"),
    ]


def test_lower_case_heads_still_read() -> None:
    text = _BLOG.replace(" MIN:", " min:")
    m = match(read(text), "chelsea", "arsenal")
    assert [g.player for g in m.goals or []] == ["Gabriel Martinelli", "Kai Havertz", "Timo Werner"]
