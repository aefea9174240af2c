"""A result a day (or an evening) from another one: from a day it takes the next or
previous day; from a month told with its edge (`Ende April ..., am Vorabend`) it takes
that month where the day cannot leave it, and otherwise nothing, not even a day of the
sentence before."""

from __future__ import annotations

from tests.reports.helpers import read

FINAL = (
    " date 2022-05-22 RB Leipzig hat am Samstagabend das Finale des DFB-Pokals gegen den "
    "SC Freiburg mit 2:1 gewonnen. "
)


def hamburg(facts):
    found = [m for m in facts.matches if "hamburger-sv" in (m.home, m.away)]
    assert len(found) == 1, facts.matches
    assert found[0].score == (1, 3)
    return found[0]


def test_the_evening_before_the_end_of_a_month_is_in_that_month():
    facts = read(
        FINAL + "Im Halbfinale hatte RB Leipzig Ende April den 1. FC Union Berlin im eigenen "
        "Stadion mit 2:1 bezwungen, Freiburg hatte am Vorabend beim Hamburger SV mit 3:1 "
        "gewonnen."
    )
    assert hamburg(facts).date == "2022-04"
    assert hamburg(facts).stage == "semi-final"


def test_a_day_after_the_end_of_a_month_or_from_a_bare_month_dates_nothing():
    for text in (
        "Im Halbfinale hatte RB Leipzig Ende April den 1. FC Union Berlin im eigenen Stadion "
        "mit 2:1 bezwungen, Freiburg gewann einen Tag später beim Hamburger SV mit 3:1.",
        "Im Halbfinale hatte RB Leipzig im April den 1. FC Union Berlin im eigenen Stadion "
        "mit 2:1 bezwungen, Freiburg hatte am Vorabend beim Hamburger SV mit 3:1 gewonnen.",
    ):
        assert hamburg(read(FINAL + text)).date is None


def test_the_evening_before_a_day_of_the_sentence_before():
    facts = read(FINAL + "Freiburg hatte am Vorabend beim Hamburger SV mit 3:1 gewonnen.")
    assert hamburg(facts).date == "2022-05-20"


def test_a_night_later_than_a_weekday_of_the_sentence_before():
    facts = read(
        " date 2023-08-20 Inter Miami beat Nashville SC 2-1 in the Leagues Cup final on "
        "Saturday. Miami reached the final by routing the Philadelphia Union 4-1 in Chester "
        "on Tuesday. Nashville beat Monterrey 2-0 at home a night later."
    )
    found = [m for m in facts.matches if "monterrey" in (m.home, m.away)]
    assert [m.date for m in found] == ["2023-08-16"]
