"""`durch Theo Walcott und Robin van Persie (2)`: in a German text a bare small number in
brackets after a name counts that player's goals; a German minute has its full stop
(`(2.)`). Sentences written for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read

_DE = " date 2024-03-02 Rotterdam - Galatasaray hat Feyenoord am Samstag mit 3:0 geschlagen.\n\n"


def test_bare_count_after_a_name_is_no_minute() -> None:
    found = match(
        read(_DE + "Die Tore erzielten Mauro Icardi (2) und Dries Mertens."),
        "feyenoord",
        "galatasaray",
    )
    assert all(g.minute is None for g in found.goals or [])


def test_minute_with_full_stop_stays() -> None:
    text = _DE + "Mauro Icardi traf früh (2.), Dries Mertens (50.) und Icardi (70.) legten nach."
    found = match(read(text), "feyenoord", "galatasaray")
    assert [g.minute for g in found.goals] == [2, 50, 70]
