"""`Die Entscheidung fiel kurz vor dem Ende, als Dennis Bergkamp einen langen Ball ... zum
Siegtor verarbeitete`: a first name with a noun's ending (`Dennis`, like `Ergebnis`) is
a first name, so the scorer is read. Sentences written for these tests."""

from __future__ import annotations

from bot.facts import Match
from tests.reports.helpers import goals_for


def test_dennis_is_a_first_name() -> None:
    body = (
        "Die TSG Hoffenheim gewann gegen den SC Freiburg mit 2:1. Andrej Kramaric traf in der "
        "12. Minute, Vincenzo Grifo glich nur fünf Minuten später aus (17.). Die Entscheidung "
        "fiel kurz vor dem Ende, als Dennis Geiger einen langen Ball mit drei Kontakten zum "
        "Siegtor verarbeitete."
    )
    (m,) = goals_for(body, Match("tsg-hoffenheim", "sc-freiburg", (2, 1)), lang="de")
    assert [(g.player, g.minute) for g in m.goals or []] == [
        ("Andrej Kramaric", 12),
        ("Vincenzo Grifo", 17),
        ("Dennis Geiger", None),
    ]
