"""`Arsenal, without the injured X, looked finished`: a side that looked (seemed, appeared)
finished is done for, and the name in the sentence scored no goal. Sentences written for
these tests."""

from __future__ import annotations

from bot.reports.goals.placing import read_goal_events
from bot.reports.text.document import build_document
from tests.reports.helpers import RESOLVER, match, read


def _goals(m) -> list[tuple]:
    return sorted((g.player, g.minute) for g in m.goals or [])


def test_looked_finished_is_no_goal():
    text = (
        " date 2025-04-17 Aston Villa beat Arsenal 1-0 at Villa Park on Saturday.\n\nOllie "
        "Watkins scored the only goal. Arsenal, without the injured Bukayo Saka, looked "
        "finished long before the end.\n"
    )
    facts = read(text)
    doc = build_document(text, RESOLVER, "en")
    players = [e.player for e in read_goal_events(doc, facts.matches)]
    assert "Bukayo Saka" not in players
    assert _goals(match(facts, "aston-villa", "arsenal")) == [("Ollie Watkins", None)]
