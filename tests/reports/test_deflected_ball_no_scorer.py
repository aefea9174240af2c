"""`Brehme schoss einen Freistoß, Parker stellte sich in den Weg, und der abgefälschte Ball
senkte sich ins Netz (60.)`: a deflected ball whose clause names no scorer gives the goal
to no one, least of all the player it struck (set 36 credited Parker). Sentences written
for these tests."""

from __future__ import annotations

import pytest

from bot.facts import Match
from tests.reports.helpers import goals_for

CASES = [
    (
        "Bayern gewann 1:0 gegen Dortmund. Joshua Kimmich schoss einen Freistoß, Mats Hummels "
        "stellte sich in den Weg, und der abgefälschte Ball flog ins Netz (55.).",
        "de",
    ),
    (
        "Bayern beat Dortmund 1-0. Joshua Kimmich took a free kick, Mats Hummels stood in its "
        "way, and the deflected ball looped into the net in the 55th minute.",
        "en",
    ),
]


@pytest.mark.parametrize(("body", "lang"), CASES)
def test_the_player_a_ball_struck_did_not_score(body: str, lang: str) -> None:
    (m,) = goals_for(body, Match("bayern-munich", "borussia-dortmund", (1, 0)), lang=lang)
    assert "Mats Hummels" not in {g.player for g in m.goals or []}
