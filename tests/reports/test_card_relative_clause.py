"""A card told in a relative clause after a name (`X musste ohne Ribéry auskommen, der
nach seiner Roten Karte aus dem Hinspiel gesperrt war`, `... without Ribéry, who was sent
off in the first leg`) is that name's card, never the sentence's subject's (it went to
the coach). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import read

_DE = (
    " date 2010-04-28 Olympique Lyon hat am Dienstagabend im Stade Gerland gegen den FC "
    "Bayern München mit 0:3 verloren, das Hinspiel in München hatten die Bayern mit 1:0 "
    "gewonnen. Louis van Gaal musste ohne Franck Ribéry auskommen, der nach seiner "
    "Roten Karte aus dem Hinspiel gesperrt war."
)
_EN = (
    " date 2010-04-28 Bayern Munich won 3-0 at Olympique Lyon on Tuesday night after a 1-0 "
    "win in the first leg in Munich. Louis van Gaal had to do without Franck Ribery, "
    "who was sent off in the first leg."
)


@pytest.mark.parametrize("text", [_DE, _EN])
def test_the_card_is_the_relative_clauses_name(text: str) -> None:
    facts = read(text)
    carded = {d.player for m in facts.matches for d in (m.dismissals or [])}
    assert "Louis van Gaal" not in carded
    assert carded <= {"Franck Ribéry", "Franck Ribery"}
