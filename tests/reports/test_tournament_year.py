"""A year that is part of a tournament's name (`in the quarter-final of Euro 2016`, `im
Viertelfinale der EM 2024`), of the dateline's year, is no other time of the story: a
side told by its coach still takes the story's team. Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import read


def _game(facts, *teams):
    return [m for m in facts.matches if {m.home, m.away} == set(teams)]


@pytest.mark.parametrize(
    ("text", "winner"),
    [
        (
            " date 2016-06-28 There are evenings a small nation waits decades for, and "
            "Iceland had one in Nice. Lars Lagerback's side came from behind to beat England "
            "2-1 in the round of 16 of Euro 2016 and will play France in Paris on Sunday.",
            "iceland",
        ),
        (
            " date 2024-07-06 Es war ein Abend für die Geschichtsbücher, und die Schweiz "
            "hatte ihn in Düsseldorf. Die Mannschaft von Murat Yakin schlug im Viertelfinale "
            "der EM 2024 England mit 2:1.",
            "switzerland",
        ),
    ],
)
def test_a_tournament_year_en_de(text, winner):
    (m,) = _game(read(text), winner, "england")
    assert m.neutral and (m.home, m.score) == (winner, (2, 1))


def test_a_year_of_another_tournament_still_tells_another_time():
    facts = read(
        " date 2016-06-28 Iceland beat England 2-1 on Monday. Lars Lagerback's side "
        "had also beaten Austria 2-1 at the World Cup 2014 qualifiers."
    )
    assert not _game(facts, "iceland", "austria")
