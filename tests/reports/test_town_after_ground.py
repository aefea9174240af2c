"""`im Endspiel im Santiago Bernabéu von Madrid`, `at San Siro in Milan`: a club's name
right after a known ground's name and `von`/`in`/`of` is the ground's town. Read as a team,
it made the sentences after it look like another game's, and the final's goals went
unread (a held-out report: `im Camp Nou von Barcelona`). Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.facts import Match
from bot.reports.text.document import build_document
from tests.reports.helpers import RESOLVER, goals_for

DE = (
    "Chelsea hat die Champions League gewonnen. Bis zur 88. Minute führte Juventus im "
    "Endspiel {ground} durch ein Tor von Dušan Vlahović mit 1:0, am Ende jubelten die "
    "Engländer über ein 2:1. Cole Palmer (90.+2) und Nicolas Jackson (90.+4) trafen jeweils "
    "nach Flanken von Reece James."
)
EN = (
    "Chelsea won the Champions League. Juventus led the final {ground} through Dušan "
    "Vlahović until the 88th minute, but Chelsea won 2-1 in the end. Cole Palmer (90+2) and "
    "Nicolas Jackson (90+4) both scored from Reece James crosses."
)
GOALS = [("Cole Palmer", 90, 2), ("Nicolas Jackson", 90, 4)]


@pytest.mark.parametrize(
    "ground",
    ["im Santiago Bernabéu von Madrid", "im San Siro von Milan", "im Mestalla von Valencia"],
)
def test_german_town_after_ground_is_no_team(ground) -> None:
    body = DE.format(ground=ground)
    (m,) = goals_for(body, Match("chelsea", "juventus", (2, 1)), lang="de")
    assert [(g.player, g.minute, g.added) for g in m.goals or []][-2:] == GOALS


@pytest.mark.parametrize("ground", ["at the Bernabéu in Madrid", "at San Siro in Milan"])
def test_english_town_after_ground_is_no_team(ground) -> None:
    body = EN.format(ground=ground)
    (m,) = goals_for(body, Match("chelsea", "juventus", (2, 1)), lang="en")
    assert [(g.player, g.minute, g.added) for g in m.goals or []][-2:] == GOALS


@pytest.mark.parametrize(
    ("text", "teams"),
    [
        ("Real Madrid spielte im Camp Nou von Barcelona.", ["real-madrid"]),
        ("Inter played at Old Trafford in Valencia's absence.", ["inter-milan", "valencia"]),
        ("Der FC Barcelona besiegte Real Madrid im Bernabéu.", ["barcelona", "real-madrid"]),
    ],
)
def test_only_the_town_is_dropped(text, teams) -> None:
    doc = build_document(" date 2025-03-13 " + text, RESOLVER, None)
    assert [m.team for m in doc.mentions] == teams
