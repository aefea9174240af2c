"""`Argentina squeezed into the World Cup, beating Australia 1-0 at River Plate's
Monumental`: a known ground's name is no player, so no goal is told of it (a held-out
report had the Monumental for a scorer). Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.facts import Match
from bot.reports.goals.placing import read_goal_events
from bot.reports.text.document import build_document
from tests.reports.helpers import RESOLVER


@pytest.mark.parametrize(
    ("lang", "body", "pair"),
    [
        (
            "en",
            "Liverpool won the title on Sunday, beating Tottenham 1-0 at Liverpool's Anfield "
            "stadium thanks to a deflected goal that went in off a Tottenham defender.",
            ("liverpool", "tottenham", (1, 0)),
        ),
        (
            "de",
            "Der FC Barcelona gewann am Sonntag 1:0 gegen Real Madrid, dank eines abgefälschten "
            "Tores im Camp Nou, das von einem Madrider Verteidiger ins Netz sprang.",
            ("barcelona", "real-madrid", (1, 0)),
        ),
    ],
)
def test_a_ground_scores_nothing(lang, body, pair) -> None:
    doc = build_document(" date 2025-03-13 " + body, RESOLVER, lang)
    events = read_goal_events(doc, [Match(*pair)])
    assert not [e for e in events if e.player in ("Anfield", "Camp Nou", "Barças Camp Nou")]
