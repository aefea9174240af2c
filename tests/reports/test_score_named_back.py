"""`„Das 1:3 ist ein Ergebnis, mit dem wir leben können", sagte Kiels Sportchef`: a score
named back by its article, whose other side is only guessed, is the earlier result of
that pair with those numbers, not a second match the other way round. Texts written for
these tests."""

from __future__ import annotations

from tests.reports.helpers import pairs, read


def test_a_german_score_named_back_is_no_new_match() -> None:
    facts = read(
        " date 2019-05-26 Vor dem Rückspiel der Relegation ist die Aufgabe für den 1. FC "
        "Union Berlin gewaltig: Nach dem 0:2 im Hinspiel beim VfB Stuttgart am Donnerstagabend "
        "braucht der Zweitligist am Montag ein kleines Wunder.\n\n„Das 0:2 ist ein Ergebnis, "
        "mit dem wir leben können“, sagte Unions Trainer Urs Fischer."
    )
    found = pairs(facts)
    assert ("union-berlin", "vfb-stuttgart", (2, 0)) not in found


def test_an_english_score_named_back_is_no_new_match() -> None:
    facts = read(
        " date 2019-05-26 STUTTGART, Germany (AP) — Union Berlin need a small miracle on "
        "Monday after losing the first leg of the relegation playoff 2-0 at Stuttgart on "
        'Thursday.\n\n"The 2-0 is a result we can live with," said Union coach Urs Fischer.'
    )
    found = pairs(facts)
    assert ("union-berlin", "vfb-stuttgart", (2, 0)) not in found
