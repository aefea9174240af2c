"""`They had also won the trophy in 1968, 1969 and 1970. The final was level after the
first leg ... a week earlier, a 0-0 draw`: a year the sentence before names is no season
of a calendar-year competition's result whose own date lies years away from it. Texts
written for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read


def test_past_titles_before_a_first_leg_dated_a_week_back():
    facts = read(
        " date 2009-07-17 BELO HORIZONTE, Brazil (AP) -- Estudiantes are champions of South "
        "America again. Their goalkeeper's saves gave the Argentine club the Copa Libertadores "
        "on Thursday night, after the second leg of the final against Cruzeiro ended 1-1 at "
        "the Mineirao stadium. They had also won the trophy in 1968, 1969 and 1970. The final "
        "was level after the first leg in La Plata a week earlier, a 0-0 draw at the Estadio "
        "Unico."
    )
    first = match(facts, "estudiantes", "cruzeiro")
    assert (first.score, first.date) == ((0, 0), "2009-07-09")
    assert first.season in (None, "2009")


def test_german_past_titles_before_a_first_leg():
    facts = read(
        " date 2009-07-17 Belo Horizonte (dpa) - Estudiantes de La Plata hat die Copa "
        "Libertadores gewonnen. Das Final-Rückspiel gegen Cruzeiro endete am Donnerstagabend "
        "1:1. Schon 1968, 1969 und 1970 hatte der Klub die Trophäe gewonnen. Das Hinspiel in "
        "La Plata vor einer Woche hatte 0:0 geendet."
    )
    assert match(facts, "estudiantes", "cruzeiro").season in (None, "2009")
