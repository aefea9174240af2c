"""`Keegan buried his head in his arms`: a head put in one's hands or arms is no header `in`
(set 42 read the Newcastle manager as a scorer once the goals before were all read).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.facts import Match
from bot.reports.goals.placing import read_goal_events
from bot.reports.text.document import build_document
from tests.reports.helpers import RESOLVER


@pytest.mark.parametrize(
    "sentence",
    [
        "On the Everton bench, Sean Dyche buried his head in his hands.",
        "Sean Dyche put his head in his arms as the final whistle went.",
    ],
)
def test_a_head_in_ones_hands_is_no_goal(sentence: str) -> None:
    body = "Liverpool beat Everton 1-0. Mohamed Salah scored in the 30th minute. " + sentence
    doc = build_document(" date 2025-03-13 " + body, RESOLVER, "en")
    events = read_goal_events(doc, [Match("liverpool", "everton", (1, 0))])
    assert "Sean Dyche" not in [e.player for e in events]
