"""`A 14th-minute opener from Bukayo Saka settled the nerves`: a goal named by its noun
(`opener`, `winner`, `equaliser`, `strike`) and its scorer after `from`/`by` is a goal;
`a strike from X was saved` stays none. The German `ein Führungstreffer von Kane in der
14. Minute` was read and stays so. Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.facts import Match
from tests.reports.helpers import goals_for


@pytest.mark.parametrize(
    "told",
    [
        "A 14th-minute opener from Bukayo Saka settled the nerves.",
        "The opener from Bukayo Saka came in the 14th minute.",
        "An equaliser from Bukayo Saka in the 14th minute changed the game.",
    ],
)
def test_english_goal_noun_from(told) -> None:
    body = f"Arsenal beat Everton 1-0 at the Emirates. {told}"
    (m,) = goals_for(body, Match("arsenal", "everton", (1, 0)), lang="en")
    assert [(g.player, g.minute) for g in m.goals or []] == [("Bukayo Saka", 14)]


def test_a_saved_strike_is_no_goal() -> None:
    body = (
        "Arsenal beat Everton 1-0 at the Emirates. A strike from Bukayo Saka was saved in the "
        "14th minute."
    )
    (m,) = goals_for(body, Match("arsenal", "everton", (1, 0)), lang="en")
    assert not m.goals


def test_german_goal_noun_from_stays_read() -> None:
    body = (
        "Der FC Bayern gewann 1:0 gegen Borussia Dortmund. Ein Führungstreffer von Harry Kane "
        "in der 14. Minute entschied die Partie."
    )
    (m,) = goals_for(body, Match("bayern-munich", "borussia-dortmund", (1, 0)), lang="de")
    assert [(g.player, g.minute) for g in m.goals or []] == [("Harry Kane", 14)]
