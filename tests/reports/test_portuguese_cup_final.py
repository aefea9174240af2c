"""The Taça de Portugal final is one match at a ground chosen in advance (Jamor), so a
final of it told with no host is neutral, as an FA Cup or DFB-Pokal final is. Texts
written for these tests."""

from __future__ import annotations

from tests.reports.helpers import read


def test_a_portuguese_cup_final_is_neutral():
    facts = read(
        " date 2013-05-27 Vitoria Guimaraes won the Portuguese Cup for the first time on "
        "Sunday, beating Benfica 2-1 in the final."
    )
    (m,) = [m for m in facts.matches if {m.home, m.away} == {"vitoria-guimaraes", "benfica"}]
    assert m.neutral and m.score == (2, 1) and m.stage == "final"


def test_a_german_portuguese_cup_final_is_neutral():
    facts = read(
        " date 2013-05-27 Lissabon (dpa) - Vitória Guimarães hat zum ersten Mal den "
        "portugiesischen Pokal gewonnen. Im Finale schlug der Klub Benfica Lissabon am "
        "Sonntag mit 2:1."
    )
    (m,) = [m for m in facts.matches if {m.home, m.away} == {"vitoria-guimaraes", "benfica"}]
    assert m.neutral and m.score == (2, 1)
