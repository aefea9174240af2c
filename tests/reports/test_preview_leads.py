"""A first leg's lead told in a preview of the second leg by the side that now hosts or
travels (`Mit einem 2:1-Vorsprung aus dem Hinspiel empfängt Benfica ...`, `Benfica host
Ajax on Wednesday holding a 2-1 lead from the first leg`) is the first leg's result, at
the ground the side does not play the second leg at; the day named is the coming leg's.
Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import read


def pairs(facts):
    return [(m.home, m.away, m.score, m.leg, m.date) for m in facts.matches]


@pytest.mark.parametrize(
    "text",
    [
        " date 2024-03-05 Lissabon (dpa) - Mit einem 2:1-Vorsprung aus dem Hinspiel empfängt "
        "Benfica am Mittwoch Ajax Amsterdam zum Rückspiel.",
        " date 2024-03-05 LISBON, Portugal (AP) - Benfica host Ajax on Wednesday holding a "
        "2-1 lead from the first leg.",
    ],
)
def test_the_host_of_the_second_leg_won_the_first_away(text):
    assert pairs(read(text)) == [("ajax", "benfica", (1, 2), 1, None)]


@pytest.mark.parametrize(
    "text",
    [
        " date 2024-03-05 Lissabon (dpa) - Mit einem 2:1-Polster aus dem Hinspiel reist "
        "Benfica am Mittwoch zum Rückspiel bei Ajax Amsterdam.",
        " date 2024-03-05 AMSTERDAM (AP) - Benfica visit Ajax on Wednesday holding a 2-1 "
        "lead from the first leg.",
    ],
)
def test_the_travelling_side_won_the_first_leg_at_home(text):
    assert pairs(read(text)) == [("benfica", "ajax", (2, 1), 1, None)]


def test_a_lead_of_a_side_told_by_description_stays_unread():
    facts = read(
        " date 2024-03-05 Lissabon (dpa) - Benfica steht vor einem großen Abend. Mit einem "
        "2:1-Vorsprung aus dem Hinspiel empfängt die Mannschaft von Trainer Roger Schmidt "
        "am Mittwoch Ajax Amsterdam zum Rückspiel."
    )
    assert pairs(facts) == []
