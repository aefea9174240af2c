"""`Als kaum noch jemand an die Wende glaubte, köpfte X ... (89.)`: a belief about the
outcome, not a denied goal. Sentences written for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read


def test_german_belief_in_the_turn_is_no_denial() -> None:
    text = (
        " date 2024-03-02 SC Freiburg - VfL Wolfsburg 1:1\n\n"
        "Jonas Wind brachte Wolfsburg in der 20. Minute in Führung. Als niemand mehr an den "
        "Ausgleich glaubte, köpfte Lucas Höler eine Flanke von Christian Günter ins Netz (88.)."
    )
    found = match(read(text), "sc-freiburg", "vfl-wolfsburg")
    assert [(g.player, g.minute) for g in found.goals] == [("Jonas Wind", 20), ("Lucas Höler", 88)]
