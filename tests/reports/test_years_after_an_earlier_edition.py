"""`Vierzehn Jahre nach dem verlorenen WM-Finale`, `twelve years after the lost World
Cup final`: an edition years before the story's is not the competition the story is
about, even when it is the first the opening names."""

from __future__ import annotations

from tests.reports.helpers import match, read


def test_german_opening_with_an_earlier_final_of_another_tournament():
    facts = read(
        " date 2004-06-20 Lissabon – Zwölf Jahre nach dem gewonnenen WM-Finale von Rom hat "
        "Portugal im Viertelfinale der Europameisterschaft Schweden mit 2:1 geschlagen. "
        "In der Vorrunde hatte die Mannschaft beim 1:1 gegen Polen noch gewackelt."
    )
    assert match(facts, "portugal", "sweden").competition == "UEFA European Championship"
    assert match(facts, "portugal", "poland").competition == "UEFA European Championship"


def test_english_opening_with_an_earlier_final_of_another_tournament():
    facts = read(
        " date 2004-06-20 Lisbon – Twelve years after the lost World Cup final in Rome, "
        "Portugal beat Sweden 2-1 in the European Championship quarter-final on Sunday. "
        "Portugal had drawn 1-1 with Poland in their opening group game."
    )
    assert match(facts, "portugal", "sweden").competition == "UEFA European Championship"
    assert match(facts, "portugal", "poland").competition == "UEFA European Championship"
