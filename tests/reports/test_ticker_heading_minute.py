"""A live ticker's line heading (`41. Minute: Elfmeter für Russland!`) times the goal its
line tells after a sentence about the foul; `verwandelt sicher` in the ticker's present is
the goal, and `der Ball trifft ihn an der Hand` is none. Sentences written for these tests."""

from __future__ import annotations

from bot.facts import Match
from tests.reports.helpers import goals_for


def read(body: str, match: Match) -> list[tuple]:
    goals_for(body, match, lang="de")
    return sorted((g.player, g.minute) for g in match.goals or [])


def test_heading_minute_carries_past_the_foul():
    match = Match("portugal", "france", (1, 0))
    body = (
        "Ticker zum Nachlesen: Portugal - Frankreich 1:0.\n\n"
        "20. Minute: Portugal hat den Ball und wartet.\n\n"
        "63. Minute: Elfmeter für Portugal! Raphaël Varane springt mit erhobenem Arm hoch, "
        "der Ball trifft ihn an der Hand. Cristiano Ronaldo verwandelt sicher, Hugo Lloris ist "
        "in der falschen Ecke. 1:0.\n\n"
        "90. Minute: Es bleibt beim 1:0."
    )
    assert read(body, match) == [("Cristiano Ronaldo", 63)]
    assert [g.penalty for g in match.goals] == [True]  # the heading names the kick


def test_a_minute_in_prose_does_not_carry_past_a_sentence():
    match = Match("germany", "argentina", (1, 0))
    body = (
        "Deutschland schlug Argentinien 1:0.\n\n"
        "Fünf Minuten vor dem Abpfiff fiel die Entscheidung. Roberto Sensini brachte Rudi Völler "
        "im Strafraum zu Fall. Andreas Brehme verwandelt sicher."
    )
    assert ("Andreas Brehme", 85) not in read(body, match)
