"""`die Seleção` is Brazil's name and Portugal's (Seleção das Quinas): in a story about
Portugal it is Portugal (`im Elfmeterschießen setzte sich die Seleção mit 6:5 durch`),
in one about Brazil it stays Brazil. Texts written for these tests."""

from __future__ import annotations

from bot.reports.reader import guard
from bot.reports.text.document import build_document
from tests.reports.helpers import RESOLVER, read


def _named(text: str) -> list[str]:
    doc = build_document(text, RESOLVER, guard.check(text))
    return [m.team for m in doc.mentions if doc.text[m.start : m.end].startswith("Sele")]


def test_selecao_in_a_portugal_story() -> None:
    text = (
        " date 2016-07-01 Marseille (dpa) - Polen ist im Viertelfinale der Europameisterschaft "
        "an Portugal gescheitert. Nach 120 Minuten stand es am Donnerstagabend 1:1, im "
        "Elfmeterschießen setzte sich die Seleção mit 5:3 durch."
    )
    assert _named(text) == ["portugal"]
    teams = {t for m in read(text).matches for t in (m.home, m.away)}
    assert "brazil" not in teams


def test_selecao_in_a_brazil_story() -> None:
    text = (
        " date 2002-06-30 Yokohama (dpa) - Brasilien ist Weltmeister. Die Seleção besiegte "
        "Deutschland im Finale mit 2:0."
    )
    assert _named(text) == ["brazil"]
