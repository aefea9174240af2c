"""`X arrived at the far post to turn in a low ball`, `was on hand to tap in`: a player's
own movement and an infinitive finish is his goal (not `crossed for Y, who had run
clear, to tap in`, where the finish is another's)."""

import pytest

from bot.facts import Match
from tests.reports.helpers import goals_for


@pytest.mark.parametrize(
    "told",
    [
        "Kieran Trippier arrived at the far post to turn in a cutback in the 63rd minute.",
        "Kieran Trippier was on hand to tap in the rebound in the 63rd minute.",
        "Kieran Trippier rose above his marker to head home a corner in the 63rd minute.",
    ],
)
def test_a_movement_then_an_infinitive_finish_is_the_movers_goal(told):
    (found,) = goals_for(
        "Newcastle beat Brighton 1-0 at St James' Park on Saturday. " + told,
        Match("newcastle-united", "brighton", (1, 0)),
        lang="en",
    )
    assert [(g.player, g.minute) for g in found.goals] == [("Kieran Trippier", 63)]


def test_a_finish_set_up_for_another_is_not_the_crossers():
    (found,) = goals_for(
        "Newcastle beat Brighton 1-0 at St James' Park on Saturday. Kieran Trippier broke "
        "down the right and squared for Callum Wilson, who had run clear, to tap in the "
        "winner in the 63rd minute.",
        Match("newcastle-united", "brighton", (1, 0)),
        lang="en",
    )
    assert ("Kieran Trippier", 63) not in [(g.player, g.minute) for g in found.goals or []]
