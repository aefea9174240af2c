"""Whatever the text, goals name one of the match's sides (or none) and sane minutes."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.facts import Match
from bot.reports.cards.dismissals import attach_dismissals
from bot.reports.goals.placing import attach_goals
from bot.reports.text.document import build_document
from bot.teams.resolver import TeamResolver

RESOLVER = TeamResolver.default()
PIECES = [
    "Harry Kane scored in the 12th minute.",
    "Leroy Sané traf zum 2:0 (34.).",
    "Two minutes later he headed in a corner.",
    "Cole Palmer equalized for Chelsea in the 90th minute.",
    "In the shootout, Bukayo Saka scored.",
    "The goal was ruled out for offside.",
    "Tore: 1:0 Kane (12.), 1:1 Saka (55., Foulelfmeter)",
    "Platzverweise: keine",
    "Declan Rice was sent off in the 70th minute.",
    "In the first leg, Kane scored twice for Bayern.",
    "Der Engländer köpfte in der 88. Minute ein.",
    "Arsenal beat Bayern 2-1 on Wednesday.",
    "(90.+3)",
    "Kai Havertz turned the ball into his own net in the 40th.",
]


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.sampled_from(PIECES), min_size=1, max_size=8),
    st.tuples(st.integers(0, 4), st.integers(0, 4)),
    st.sampled_from([None, 1, 2]),
)
def test_goals_stay_within_the_match(pieces, score, leg):
    doc = build_document(" date 2025-03-13 " + " ".join(pieces), RESOLVER)
    match = Match("arsenal", "bayern-munich", score, leg=leg)
    attach_goals(doc, [match])
    attach_dismissals(doc, [match])
    goals = match.goals or []
    assert len(goals) <= sum(score)
    for goal in goals:
        assert goal.team in (None, "arsenal", "bayern-munich")
        assert goal.minute is None or 0 < goal.minute <= 130
        assert goal.added is None or goal.minute in (45, 90, 105, 120)
