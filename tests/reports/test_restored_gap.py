"""A goal told as the margin it restored: `stellte den alten Abstand wieder her (50.)`,
`restored the old gap in the 50th minute`. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read

_DE = (
    " date 2024-03-02 Rotterdam - Galatasaray hat Feyenoord am Samstag mit 3:2 geschlagen."
    "\n\nDries Mertens traf in der 20. Minute zum 1:0, Mauro Icardi erhöhte in der 30. Minute "
    "auf 2:0. In der 47. Minute verkürzte Santiago Gimenez auf 1:2. "
)
_EN = (
    " date 2024-03-02 Galatasaray beat Feyenoord 3-2 at De Kuip on Saturday.\n\nDries Mertens "
    "scored in the 20th minute and Mauro Icardi made it 2-0 in the 30th. Santiago Gimenez "
    "pulled one back in the 47th minute. "
)


@pytest.mark.parametrize(
    "text",
    [
        _DE + "Die Freude währte nur drei Minuten: Kerem Aktürkoglu entwischte der Abwehr und "
        "stellte den alten Abstand wieder her (50.). Igor Paixao traf in der 58. Minute zum 2:3.",
        _DE + "Kerem Aktürkoglu stellte in der 50. Minute den alten Vorsprung wieder her. Igor "
        "Paixao traf in der 58. Minute zum 2:3.",
        _DE + "Nur drei Minuten später stellte Kerem Aktürkoglu nach einem Konter über Dries "
        "Mertens den alten Abstand wieder her. Igor Paixao traf in der 58. Minute zum 2:3.",
        _EN + "Kerem Aktürkoglu restored the old gap in the 50th minute, and Igor Paixao "
        "scored in the 58th minute.",
    ],
)
def test_restored_margin_is_a_goal(text: str) -> None:
    found = match(read(text), "feyenoord", "galatasaray")
    assert [(g.player, g.minute) for g in found.goals] == [
        ("Dries Mertens", 20),
        ("Mauro Icardi", 30),
        ("Santiago Gimenez", 47),
        ("Kerem Aktürkoglu", 50),
        ("Igor Paixao", 58),
    ]


def test_margin_not_restored_is_none() -> None:
    text = (
        _DE + "Kerem Aktürkoglu konnte in der 50. Minute den alten Abstand nicht "
        "wiederherstellen. Igor Paixao traf in der 58. Minute zum 2:3."
    )
    found = match(read(text), "feyenoord", "galatasaray")
    assert all(g.minute != 50 for g in found.goals or [])
