"""A live report whose lines are headed `14 min GOAL! ...` or `24 min - ...` (no colon)
is read like one headed `14 min: ...`; a line where a player `cannot beat` the keeper
tells no goal, and the one a passive names as the server (`is played through by Xavi and
finishes low`) is no scorer. Sentences written for these tests."""

from __future__ import annotations

from bot.facts import Match
from tests.reports.helpers import read


def _final(text: str) -> Match:
    # France hosted Euro 2016, so the final is its home match: France 1-3 Portugal.
    (m,) = [m for m in read(text).matches if m.score in ((3, 1), (1, 3))]
    return m


_BLOG = (
    " date 2016-07-11 Euro 2016 final: Portugal 3-1 France – as it happened\n\n"
    "Summary: Portugal won the European Championship for the first time.\n\n"
    "Key moments:\n\n"
    "9 min GOAL! Portugal 1-0 France. Joao Mario slides the ball through and Nani drills "
    "it in at the near post.\n\n"
    "30 min Antoine Griezmann has two decent chances but cannot beat Rui Patricio.\n\n"
    "55 min GOAL! Portugal 1-1 France. Paul Pogba volleys in from the edge of the area.\n\n"
    "62 min Moussa Sissoko on for Dimitri Payet.\n\n"
    "79 min GOAL! Portugal 2-1 France. Eder, on as a substitute, is played through by "
    "Renato Sanches and finishes low.\n\n"
    "90+2 min GOAL! Portugal 3-1 France. Ricardo Quaresma heads in a corner.\n\n"
    "Full-time: Portugal 3-1 France.\n"
)


def test_blog_lines_without_colon_are_read() -> None:
    m = _final(_BLOG)
    assert [(g.player, g.minute, g.added) for g in m.goals or []] == [
        ("Nani", 9, None),
        ("Paul Pogba", 55, None),
        ("Eder", 79, None),
        ("Ricardo Quaresma", 90, 2),
    ]


def test_dash_heads_are_read_too() -> None:
    text = _BLOG.replace(" min GOAL!", " min - GOAL!").replace("30 min ", "30 min - ")
    m = _final(text)
    assert [g.player for g in m.goals or []] == ["Nani", "Paul Pogba", "Eder", "Ricardo Quaresma"]
