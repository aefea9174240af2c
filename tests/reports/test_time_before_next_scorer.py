"""`X scored in the 81st minute and, a minute later, Y headed in`: a bare time after a
timed goal, with the next clause telling a goal of its own named scorer, is that
scorer's time, not a further goal of X (set 42's Kuyt goal turned into Lucas's once
Lucas's goal was read). Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.facts import Match
from tests.reports.helpers import goals_for

CASES = [
    (
        "Porto won 2-0 at Benfica. Mehdi Taremi scored in the 70th minute and, two minutes "
        "later, Pepê headed in from a corner.",
        [("Mehdi Taremi", 70), ("Pepê", 72)],
    ),
    (
        "Porto won 2-0 at Benfica. Mehdi Taremi scored in the 70th minute and, a minute later, "
        "Otávio curled a free kick into the top corner.",
        [("Mehdi Taremi", 70), ("Otávio", 71)],
    ),
]


@pytest.mark.parametrize(("body", "want"), CASES)
def test_the_time_is_the_next_scorers(body: str, want) -> None:
    (m,) = goals_for(body, Match("benfica", "porto", (0, 2)), lang="en")
    assert [(g.player, g.minute) for g in m.goals or []] == want


def test_minutes_after_a_claim_are_still_the_scorers() -> None:
    body = "Porto won 2-0 at Benfica. Mehdi Taremi scored twice, in the 20th and 41st minutes."
    (m,) = goals_for(body, Match("benfica", "porto", (0, 2)), lang="en")
    assert [(g.player, g.minute) for g in m.goals or []] == [
        ("Mehdi Taremi", 20),
        ("Mehdi Taremi", 41),
    ]
