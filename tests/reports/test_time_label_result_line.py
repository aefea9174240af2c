"""A live report's result line under a label of the moment (`Full-time at Anfield:
Liverpool 3, Everton 0`, `Abpfiff in Dortmund: Borussia Dortmund 2, FC Schalke 04 1`) is
the result, home side first; the same line under a half-time label is not one. Texts
written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read

LEAD_EN = " date 2019-05-13 Premier League final day: as it happened.\n\n"
LEAD_DE = " date 2019-05-19 Bundesliga, 34. Spieltag: der Nachmittag im Ticker.\n\n"


@pytest.mark.parametrize("label", ["Full-time at Anfield", "Full-time", "Final score at Anfield"])
def test_a_full_time_label_heads_the_result(label):
    facts = read(
        LEAD_EN + f"{label}: Liverpool 2, Wolverhampton Wanderers 0. The title race is over."
    )
    played = match(facts, "liverpool", "wolves")
    assert played.score == (2, 0)


def test_a_german_end_label_heads_the_result():
    facts = read(
        LEAD_DE + "Abpfiff in Dortmund: Borussia Dortmund 2, FC Schalke 04 1. Der BVB bleibt dran."
    )
    assert match(facts, "borussia-dortmund", "schalke-04").score == (2, 1)


@pytest.mark.parametrize(
    "text",
    [
        LEAD_EN + "Half-time at Anfield: Liverpool 1, Wolverhampton Wanderers 0. Nervous times.",
        LEAD_EN + "Half-time: Liverpool 1, Wolverhampton Wanderers 0. Nervous times.",
        LEAD_DE + "Halbzeit: Borussia Dortmund 1, FC Schalke 04 1. Der BVB muss mehr tun.",
        LEAD_EN + "Half-time at Anfield: Liverpool 1-0 Wolverhampton Wanderers. Nervous times.",
        LEAD_EN + "HT: Liverpool 1-0 Wolverhampton Wanderers. Nervous times.",
        LEAD_DE + "Halbzeit in Dortmund: Borussia Dortmund 1:1 FC Schalke 04. Der BVB muss ran.",
        LEAD_DE + "Pausenstand: Borussia Dortmund 1:1 FC Schalke 04. Der BVB muss mehr tun.",
    ],
)
def test_a_half_time_label_heads_no_result(text):
    facts = read(text)
    assert not facts.matches
