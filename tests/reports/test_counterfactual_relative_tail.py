"""`Bulut traf in der fünften Minute der Nachspielzeit zum Endstand, als Schalke auf den
Siegtreffer drängte, der zum Weiterkommen nötig gewesen wäre`: what would have been, told
in a relative clause closing the sentence, takes back only that clause, not the goal told
before it (a held-out report lost the stoppage-time winner). A denial of the goal itself
still takes it back. Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.facts import Match
from tests.reports.helpers import goals_for

PAIR = ("schalke-04", "galatasaray", (2, 3))


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        (
            "de",
            "Galatasaray gewann 3:2 auf Schalke. Mauro Icardi traf in der fünften Minute der "
            "Nachspielzeit zum 3:2, als Schalke mit allen Mann auf den Treffer drängte, der "
            "zum Weiterkommen nötig gewesen wäre.",
        ),
        (
            "en",
            "Galatasaray won 3-2 at Schalke. Mauro Icardi scored the winner in the fifth "
            "minute of stoppage time, which would have been enough on its own.",
        ),
        (
            "en",
            "Galatasaray won 3-2 at Schalke. Mauro Icardi scored the winner in the fifth "
            "minute of stoppage time, and that goal would have been enough on its own.",
        ),
        (
            "de",
            "Galatasaray gewann 3:2 auf Schalke. Mauro Icardi traf in der fünften Minute der "
            "Nachspielzeit zum 3:2, und dieser Treffer hätte auch allein gereicht.",
        ),
    ],
)
def test_the_goal_before_a_counterfactual_relative_stands(lang, body) -> None:
    (m,) = goals_for(body, Match(*PAIR), lang=lang)
    assert [(g.player, g.minute, g.added) for g in m.goals or []] == [("Mauro Icardi", 90, 5)]


def test_a_goal_thought_scored_stays_denied() -> None:
    body = (
        "Galatasaray won 3-2 at Schalke. Mauro Icardi thought he had scored in the 95th "
        "minute, which would have been the winner, but it was ruled out."
    )
    (m,) = goals_for(body, Match(*PAIR), lang="en")
    assert not m.goals
