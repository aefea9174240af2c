"""`The Belgian substitute, whose two goals in the semi-final had turned a 3-0 first-leg
defeat into a comeback, drilled a low shot in in the 87th minute`: the relative clause
tells of the scorer's other match (a result and a leg in it); the goal after its closing
comma is of the match the sentence is about, and the aside's own untimed `goals` are
none of the leg it names (no count, no minute told before it). English only: German
`dessen` asides are not read as asides yet. Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.facts import Match
from tests.reports.helpers import goals_for


@pytest.mark.parametrize(
    "aside",
    [
        "The Senegalese forward, whose two goals against Napoli in the semi-final had "
        "helped turn a 2-0 first-leg defeat in Naples into a famous comeback,",
        "The Senegalese forward, whose brace in the semi-final overturned a 2-0 first-leg "
        "defeat against Napoli,",
        "Jackson, who scored twice to overturn a 2-0 first-leg defeat by Napoli,",
    ],
)
def test_goal_after_whose_aside_is_of_the_final(aside: str) -> None:
    body = (
        "Chelsea beat Arsenal 2-0 in the final in Lisbon on Saturday. Cole Palmer scored "
        "in the 12th minute. Nicolas Jackson settled it five minutes from time. "
        + aside
        + " drilled a low shot into the far corner in the 85th minute."
    )
    final, leg = goals_for(
        body,
        Match("chelsea", "arsenal", (2, 0)),
        Match("napoli", "chelsea", (2, 0), leg=1),
        lang="en",
    )
    assert [(g.minute, g.player) for g in final.goals or []] == [
        (12, "Cole Palmer"),
        (85, "Nicolas Jackson"),
    ]
    assert not leg.goals
