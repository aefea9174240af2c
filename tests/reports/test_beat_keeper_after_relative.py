"""`Granit Xhaka, who had been one of Arsenal's better players all evening, beat Courtois in
the 61st minute`: a relative clause between the scorer and `beat` + keeper still tells his
goal (a held-out report lost it). `beat` a side after a relative clause tells no goal.
Sentences written for these tests (English: German tells it with its own goal verbs)."""

from __future__ import annotations

from bot.facts import Match
from tests.reports.helpers import goals_for

PAIR = ("tottenham", "manchester-city", (1, 0))


def _goals(body: str) -> list[tuple]:
    (m,) = goals_for(body, Match(*PAIR), lang="en")
    return [(g.player, g.minute) for g in m.goals or []]


def test_the_scorer_before_a_relative_clause() -> None:
    body = (
        "Tottenham beat Manchester City 1-0. Ederson was busy all night. Son Heung-min, who "
        "had been Tottenham's best player all evening, beat Ederson in the 70th minute."
    )
    assert _goals(body) == [("Son Heung-min", 70)]


def test_beating_a_side_after_a_relative_clause_is_no_goal() -> None:
    body = (
        "Tottenham beat Manchester City 1-0. Son Heung-min, who had been Tottenham's best "
        "player all evening, beat Manchester City almost on his own in the 70th minute of "
        "the game."
    )
    assert ("Son Heung-min", 70) not in _goals(body)
