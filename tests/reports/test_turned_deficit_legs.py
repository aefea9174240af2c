"""A first-leg deficit told with its own score and the leg it came from (`a 2-0 deficit
from the first leg`, `einen 0:2-Rückstand aus dem Hinspiel`) is the first leg, lost by
the subject; the result that turned it is the second leg, and a ground told between the
verb and the deficit (`drehte in Sevilla einen 0:2-Rückstand`) is the turn's. Texts
written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read, tie

LEAD_EN = (
    " date 2023-03-17 SEVILLE (AP) - The Europa League round of 16 was completed on Thursday. "
)
LEAD_DE = (
    " date 2023-03-17 Sevilla (dpa) - Im Achtelfinale der Europa League sind die Rückspiele "
    "gespielt. "
)


@pytest.mark.parametrize(
    "told",
    [
        "Sevilla overturned a 2-0 deficit from the first leg against Fenerbahce, winning 3-0 "
        "after extra time in Seville.",
        "Sevilla beat Fenerbahce 3-0 after extra time in Seville, overturning a 2-0 deficit "
        "from the first leg.",
    ],
)
def test_a_deficit_from_the_first_leg_is_the_first_leg(told):
    facts = read(LEAD_EN + told)
    first = match(facts, "fenerbahce", "sevilla")
    assert (first.score, first.leg) == ((2, 0), 1)
    second = match(facts, "sevilla", "fenerbahce")
    assert (second.score, second.leg) == ((3, 0), 2)
    assert tie(facts, "sevilla", "fenerbahce").winner == "sevilla"


def test_a_ground_before_the_turned_deficit_is_the_turns():
    facts = read(
        LEAD_DE + "Der FC Sevilla empfing Fenerbahce Istanbul. Die Andalusier drehten in "
        "Sevilla einen 0:2-Rückstand aus dem Hinspiel gegen Fenerbahce Istanbul mit einem "
        "3:0 nach Verlängerung."
    )
    first = match(facts, "fenerbahce", "sevilla")
    assert (first.score, first.leg) == ((2, 0), 1)
    second = match(facts, "sevilla", "fenerbahce")
    assert (second.score, second.leg) == ((3, 0), 2)


def test_a_german_deficit_turned_named_after_the_verb():
    facts = read(
        LEAD_DE + "Der FC Sevilla drehte den 0:2-Rückstand aus dem Hinspiel und schlug "
        "Fenerbahce Istanbul in Sevilla 3:0 nach Verlängerung."
    )
    assert match(facts, "fenerbahce", "sevilla").leg == 1
    assert match(facts, "sevilla", "fenerbahce").leg == 2
