"""`his red card late in the first leg at the Estadio do Dragao`, `im Estádio do Morumbi`:
a name right after a ground's word (Estadio do, Stadio, Stade) is the ground's, never a
player a card or a goal could be given to."""

from __future__ import annotations

from bot.reports.names.cast import Cast
from bot.reports.text.document import build_document
from tests.reports.helpers import RESOLVER


def _people(text: str, lang: str) -> set[str]:
    return {p.name for p in Cast(build_document(text, RESOLVER, lang)).people}


def test_estadio_do_morumbi_is_no_player():
    text = (
        " date 2014-03-20 Chelsea played without John Terry, who was suspended after his "
        "red card late in the first leg at the Estadio do Morumbi."
    )
    people = _people(text, "en")
    assert "Morumbi" not in people and "John Terry" in people


def test_estadio_do_in_german():
    text = (
        " date 2014-03-20 Dortmund musste ohne Mats Hummels auskommen, der nach seiner Roten "
        "Karte im Hinspiel im Estádio do Morumbi gesperrt war."
    )
    people = _people(text, "de")
    assert "Morumbi" not in people and "Mats Hummels" in people
