"""`Kieran Trippier swung in a free kick from the left, and Harry Maguire got in front of
his marker to glance a header beyond Jordan Pickford`: a free kick swung, floated
or sent in is a delivery, so its taker is no scorer, and the goal told by its time alone
just before (`The goal came eight minutes before half-time.`) is the header's. A free kick
struck into the net stays a goal. Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.facts import Match
from tests.reports.helpers import goals_for

_BEFORE = "England beat Wales 1-0 at Wembley. The goal came eight minutes before half-time. "


@pytest.mark.parametrize("verb", ["swung in", "floated in", "sent in"])
def test_a_delivered_free_kick_is_no_goal(verb) -> None:
    body = (
        _BEFORE + f"Kieran Trippier {verb} a free kick from the left, and Harry Maguire got in "
        "front of his marker to glance a header beyond Danny Ward."
    )
    (m,) = goals_for(body, Match("england", "wales", (1, 0)), lang="en")
    assert [(g.player, g.minute) for g in m.goals or []] == [("Harry Maguire", 37)]


def test_a_free_kick_into_the_net_stays_a_goal() -> None:
    body = _BEFORE + "Kieran Trippier curled a free kick into the top corner."
    (m,) = goals_for(body, Match("england", "wales", (1, 0)), lang="en")
    assert [(g.player, g.minute) for g in m.goals or []] == [("Kieran Trippier", 37)]
