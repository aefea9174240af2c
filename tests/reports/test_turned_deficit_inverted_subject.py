"""A first-leg deficit turned by a subject named after the verb (German word order after
a fronted place: `In Wien drehte Österreich ein 0:2 aus dem Hinspiel in Oslo mit einem
3:0 gegen Norwegen`) is the first leg, lost by that subject, and the fronted place is the
turn's ground, not the deficit's (which was played at the other side's). Texts written
for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read

LEAD_DE = (
    " date 2025-03-24 Wien (dpa) - Die Viertelfinal-Rückspiele der Nations League sind gespielt. "
)
LEAD_EN = " date 2025-03-24 VIENNA (AP) - The Nations League quarter-finals are complete. "


@pytest.mark.parametrize(
    ("told", "home", "away"),
    [
        (
            "Und in Wien drehte Österreich ein 0:2 aus dem Hinspiel in Oslo mit einem 3:0 "
            "gegen Norwegen.",
            "austria",
            "norway",
        ),
        (
            "In Lissabon drehte Benfica damit das 0:2 aus dem Hinspiel in Brügge mit einem "
            "3:0 gegen den FC Brügge.",
            "benfica",
            "club-brugge",
        ),
    ],
)
def test_a_deficit_turned_by_a_subject_after_the_verb(told, home, away):
    facts = read(LEAD_DE + told)
    first = match(facts, away, home)
    assert (first.score, first.leg) == ((2, 0), 1)
    second = match(facts, home, away)
    assert (second.score, second.leg) == ((3, 0), 2)


def test_an_english_deficit_turned_after_a_fronted_place():
    facts = read(
        LEAD_EN + "In Vienna, Austria overturned a 2-0 deficit from the first leg in Oslo "
        "with a 3-0 win over Norway."
    )
    first = match(facts, "norway", "austria")
    assert (first.score, first.leg) == ((2, 0), 1)
    second = match(facts, "austria", "norway")
    assert (second.score, second.leg) == ((3, 0), 2)
