"""A country in a place's words (`der Klub aus der größten Stadt Brasiliens`, `aus dem Süden
Brasiliens`, `the club from Brazil's biggest city`, `the south of Brazil`) names a place,
not its national team, so a described club's result keeps its sides. Texts written for
these tests."""

from __future__ import annotations

from bot.reports.text.document import build_document
from tests.reports.helpers import RESOLVER, pairs, read


def _teams(text: str) -> list[str]:
    return [m.team for m in build_document(" date 2019-05-02 " + text, RESOLVER).mentions]


def test_country_as_place_is_no_team():
    assert "brazil" not in _teams("Der Klub aus der größten Stadt Brasiliens gewann.")
    assert "brazil" not in _teams("Für den Klub aus dem Süden Brasiliens war es bitter.")
    assert "brazil" not in _teams("The club from Brazil's biggest city won again.")
    assert "brazil" not in _teams("Grêmio, from the south of Brazil, won again.")
    assert "brazil" in _teams("Brasiliens Elf gewann gegen Chile.")
    assert "brazil" in _teams("Brazil's team beat Chile.")


def test_described_club_keeps_its_result():
    facts = read(
        " date 2005-07-15 São Paulo (dpa) - Der FC São Paulo hat die Copa Libertadores "
        "gewonnen. Im Final-Rückspiel besiegte der Klub aus der größten Stadt Brasiliens am "
        "Donnerstagabend Athletico Paranaense im Morumbi-Stadion mit 4:0."
    )
    assert ("sao-paulo", "athletico-paranaense", (4, 0)) in pairs(facts)
