"""The first match a paragraph names carries to the paragraph's next sentences however late
in its sentence it is named (`Ohne den gesperrten X, der ..., verlor Mexiko ein
mitreißendes Spiel gegen Bulgarien.`): the goals told next are that match's, not the main
match's. Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read

_DE = (
    " date 2024-07-04 WM-Achtelfinale am Wochenende: Italien zittert sich weiter, "
    "Stoitschkow zaubert\n\nDie Ergebnisse vom Samstag und Sonntag im Überblick:\n\nItalien –"
    " Nigeria 2:0 (1:0)\nBulgarien – Mexiko 3:2 (1:1)\n\nBoston. Der Vizeweltmeister steht "
    "im Viertelfinale. Roberto Baggio brachte die Italiener in der 12. Minute in Führung,"
    " Dino Baggio erhöhte kurz vor Schluss auf 2:0 (88.).\n\nEast Rutherford. Das Spiel des"
    " Tages gab es im Giants Stadium. Ohne den gesperrten Kapitän Jorge Campos, der nach "
    "einer Rangelei gesperrt worden war, verlor Mexiko ein mitreißendes Spiel gegen "
    "Bulgarien. Hristo Stoitschkow traf in der 7. Minute mit einem Freistoß, Luis Garcia "
    "glich per Elfmeter aus (18.). Emil Kostadinow erzielte in der 58. Minute das 2:1, "
    "Alberto Garcia Aspe glich in der 70. Minute aus, ehe Jordan Letschkow in der 85. "
    "Minute den Siegtreffer köpfte.\n"
)
_EN = (
    " date 2024-07-04 World Cup last 16: Italy scrape through, Stoichkov shines\n\nThe "
    "weekend's results at a glance:\n\nItaly 2, Nigeria 0\nBulgaria 3, Mexico 2\n\nBoston. The"
    " runners-up are in the quarter-finals. Roberto Baggio put Italy ahead in the 12th "
    "minute and Dino Baggio made it 2-0 in the 88th.\n\nEast Rutherford. The game of the "
    "day was played at Giants Stadium. Without their suspended captain Jorge Campos, who "
    "had been banned after a scuffle, Mexico lost a thrilling game to Bulgaria. Hristo "
    "Stoichkov scored from a free kick in the 7th minute, and Luis Garcia equalised from "
    "the spot in the 18th. Emil Kostadinov made it 2-1 in the 58th minute, Alberto Garcia"
    " Aspe levelled in the 70th and Yordan Letchkov headed the winner in the 85th.\n"
)
_TRUE = {
    ("Hristo Stoitschkow", 7), ("Hristo Stoichkov", 7), ("Luis Garcia", 18),
    ("Emil Kostadinow", 58), ("Emil Kostadinov", 58), ("Alberto Garcia Aspe", 70),
    ("Jordan Letschkow", 85), ("Yordan Letchkov", 85),
}  # fmt: skip


@pytest.mark.parametrize("text", [_DE, _EN])
def test_late_first_match_of_a_paragraph_carries(text: str) -> None:
    facts = read(text)
    main = match(facts, "italy", "nigeria")
    assert [(g.player, g.minute) for g in main.goals] == [
        ("Roberto Baggio", 12),
        ("Dino Baggio", 88),
    ]
    other = match(facts, "bulgaria", "mexico")
    told = {(g.player, g.minute) for g in other.goals}
    assert len(told) >= 4 and told <= _TRUE
