"""A year told after the result's clause is about something else (`beating Chile 4-1 in
Paris last Saturday, now dream of repeating Pasadena in 1994`): the result keeps the
report's competition and is read. Texts written for these tests."""

from __future__ import annotations

from tests.reports.helpers import read


def _found(facts):
    return {(m.home, m.away, m.score, m.competition) for m in facts.matches}


def test_an_english_year_after_the_results_clauses_is_not_theirs():
    found = _found(
        read(
            " date 1998-07-04 NANTES, France (AP) - Brazil beat Denmark 3-2 on Friday to "
            "reach the World Cup semifinals.\n\nBrazil, who opened with a 2-1 win over "
            "Scotland in Paris, lost 2-1 to Norway in Marseille and reached this stage by "
            "beating Chile 4-1 in Paris last Saturday, now dream of repeating Pasadena in 1994."
        )
    )
    assert ("brazil", "scotland", (2, 1), "FIFA World Cup") in found
    assert ("brazil", "chile", (4, 1), "FIFA World Cup") in found


def test_a_german_year_after_the_results_clauses_is_not_theirs():
    found = _found(
        read(
            " date 1998-07-04 Nantes (dpa) - Brasilien hat am Freitag mit 3:2 gegen Dänemark "
            "das Halbfinale der WM erreicht.\n\nBrasilien hatte zum Auftakt in Paris mit 2:1 "
            "gegen Schottland gewonnen und am vergangenen Samstag mit 4:1 gegen Chile, nun "
            "träumt die Seleção von einer Wiederholung des Triumphs von 1994."
        )
    )
    assert ("brazil", "scotland", (2, 1), "FIFA World Cup") in found
