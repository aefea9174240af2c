"""A sentence of the opening that names two days (`how the final four matches of the
round of 16 went on Monday and Tuesday`) tells the days of several games, none the main
match's own: set 46 dated Paraguay-Japan, played on the Tuesday its heading gives, to
the Monday."""

from __future__ import annotations

from tests.reports.helpers import read

_EN = (
    " date 2014-07-02 SALVADOR — The World Cup's last eight is complete. Here is how the "
    "final four matches of the round of 16 went on Monday and Tuesday.\n\n"
    "Argentina 1, Switzerland 0 (after extra time)\n"
    "Tuesday, Sao Paulo\n\n"
    "Angel Di Maria settled a tight game two minutes from the end of extra time.\n\n"
    "France 2, Nigeria 0\n"
    "Monday, Brasilia\n\n"
    "Paul Pogba headed the opener late on."
)

_DE = (
    " date 2014-07-02 Salvador (dpa) - Am Montag und Dienstag wurden die letzten vier "
    "Achtelfinals der WM gespielt. Argentinien besiegte die Schweiz in São Paulo mit 1:0 "
    "nach Verlängerung, Ángel Di María traf kurz vor dem Ende."
)


def test_two_days_named_give_the_main_match_neither_en():
    (argentina,) = [m for m in read(_EN).matches if m.home == "argentina"]
    assert argentina.date in (None, "2014-07-01")


def test_two_days_named_give_the_main_match_neither_de():
    found = [m for m in read(_DE).matches if "argentina" in (m.home, m.away)]
    assert found
    assert all(m.date in (None, "2014-07-01") for m in found)
