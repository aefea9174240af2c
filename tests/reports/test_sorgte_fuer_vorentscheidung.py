"""`sorgte X für die Vorentscheidung`, `sorgte X mit einem Kopfball für klare Verhältnisse`:
the goal that all but settled the match. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read

_DE = (
    " date 2024-03-02 Rotterdam - Galatasaray hat Feyenoord am Samstag mit 3:0 geschlagen.\n\n"
    "Dries Mertens brachte die Gäste schon in der 3. Minute in Führung. In der 20. Minute "
    "erhöhte Kerem Aktürkoglu auf 2:0. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Nur fünf Minuten später sorgte erneut Mauro Icardi für die Vorentscheidung.",
        "In der 25. Minute sorgte Mauro Icardi mit einem Kopfball für klare Verhältnisse.",
    ],
)
def test_settling_goal(sentence: str) -> None:
    found = match(read(_DE + sentence), "feyenoord", "galatasaray")
    assert [(g.player, g.minute) for g in found.goals] == [
        ("Dries Mertens", 3),
        ("Kerem Aktürkoglu", 20),
        ("Mauro Icardi", 25),
    ]
