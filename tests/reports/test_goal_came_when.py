"""`The only goal came in the 75th minute when a cross was turned into his own net by X`:
the goal's minute is in the noun clause, its scorer in the when-clause after; and a ground
fronting the sentence (`At Estadio da Luz in Lisbon`) is no scorer. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read

_EN = " date 2022-11-20 Scotland beat Wales 1-0 in a friendly at Hampden Park.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "At Hampden Park in Glasgow, the only goal came in the 64th minute when John "
        "McGinn's cross was turned into his own net by Wales defender Ben Davies.",
        "The only goal came in the 64th minute, when a low cross was diverted into his own "
        "net by Ben Davies.",
    ],
)
def test_own_goal_in_when_clause_keeps_minute(sentence: str) -> None:
    found = match(read(_EN + sentence), "scotland", "wales")
    assert [(g.player, g.minute, g.own_goal) for g in found.goals] == [("Ben Davies", 64, True)]


def test_german_fiel_als() -> None:
    text = (
        " date 2022-11-20 Schottland schlug Wales im Hampden Park mit 1:0.\n\n"
        "Der einzige Treffer fiel in der 64. Minute, als Ben Davies eine Flanke ins "
        "eigene Tor lenkte."
    )
    found = match(read(text), "scotland", "wales")
    assert [(g.player, g.minute, g.own_goal) for g in found.goals] == [("Ben Davies", 64, True)]


def test_venue_lead_is_no_scorer() -> None:
    text = _EN + "At Hampden Park in Glasgow, the goal came in the 64th minute."
    found = match(read(text), "scotland", "wales")
    assert "Park" not in " ".join(g.player or "" for g in found.goals or [])
