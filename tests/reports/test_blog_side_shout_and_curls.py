"""Goal lines of a live report: `GOAL ARSENAL! X levels it` (the shout names the side, not
the scorer), `X curls one in`, `A loose ball falls to X and he finishes low`. Text written
for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read

_BLOG = (
    " date 2024-03-02 Arsenal v Brentford - as it happened. Arsenal beat Brentford 2-1 at"
    " the Emirates Stadium on Saturday.\n\nKey events\n\n5 min: Brentford lead early. A loose"
    " ball falls to Yoane Wissa and he finishes low past David Raya.\n\n31 min: GOAL "
    "ARSENAL! Kai Havertz levels it with a header. 1-1.\n\nHT: 1-1.\n\n77 min: Arsenal ahead."
    " Bukayo Saka, on the right as ever, curls one in from the edge of the area. 2-1 "
    "Arsenal.\n\nFT: Arsenal 2-1 Brentford.\n"
)


def test_live_goal_lines() -> None:
    found = match(read(_BLOG), "arsenal", "brentford")
    assert [(g.player, g.minute) for g in found.goals] == [
        ("Yoane Wissa", 5),
        ("Kai Havertz", 31),
        ("Bukayo Saka", 77),
    ]
