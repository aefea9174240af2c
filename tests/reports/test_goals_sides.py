"""The side a goal counts for when only its own clause says it: "giving Chelsea the
lead", "für die Gäste"; the scorers' clubs are never named."""

from __future__ import annotations

import pytest

from bot.facts import Match
from tests.reports.helpers import goals_for as read


def sides(match: Match) -> list[tuple]:
    return [(g.minute, g.player, g.team) for g in match.goals or []]


@pytest.mark.parametrize(
    "cue",
    ["giving Chelsea a 1-0 lead", "to give Chelsea the lead", "and gave Chelsea the lead"],
)
def test_a_lead_given_names_the_scorers_side(cue):
    (match,) = read(
        f"Arsenal and Chelsea drew 1-1 on Sunday. Cole Palmer scored in the 20th minute {cue}. "
        "Bukayo Saka equalized in the 70th minute.",
        Match("arsenal", "chelsea", (1, 1)),
    )
    assert sides(match) == [(20, "Cole Palmer", "chelsea"), (70, "Bukayo Saka", "arsenal")]


def test_a_goal_for_the_visitors_counts_for_the_away_side():
    (match,) = read(
        "Der FC Arsenal und der FC Chelsea trennten sich 1:1. Cole Palmer traf in der 20. "
        "Minute für die Gäste, Bukayo Saka glich in der 70. Minute aus.",
        Match("arsenal", "chelsea", (1, 1)),
        lang="de",
    )
    assert sides(match) == [(20, "Cole Palmer", "chelsea"), (70, "Bukayo Saka", "arsenal")]
