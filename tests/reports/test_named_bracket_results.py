"""A bracket holding only a score right after a name told after `gegen`/`against`
(`gegen den 1. FC Köln (2:0)`, `im eigenen Stadion gegen Griechenland (2:2)`) is that
game's result, not a half-time score; it is read only against that name, from a side
named before it."""

from __future__ import annotations

import pytest

from bot.reports.matches.scores import find_scores
from tests.reports.helpers import pairs, read


def test_bracket_after_a_name_is_a_result():
    hits = find_scores("Zuvor hatte Bayern zu Hause gegen den 1. FC Köln (2:0) gewonnen.", 0)
    assert [h.kind for h in hits] == ["result"]


@pytest.mark.parametrize(
    "text",
    ["Bayern gewann mit 3:0 (1:0) gegen Köln.", "Bayern führte zur Pause (1:0) gegen Köln."],
)
def test_bracket_after_a_score_stays_half_time(text):
    assert all(h.kind != "result" for h in find_scores(text, 0) if h.first == 1)


def test_named_bracket_result_read():
    facts = read(
        " date 2001-11-15 Die Engländer hatten am letzten Spieltag im eigenen Stadion gegen"
        " Griechenland (2:2) den Gruppensieg gesichert. England fährt zur WM."
    )
    assert ("england", "greece", (2, 2)) in pairs(facts)


def test_named_bracket_not_read_for_a_side_named_after_it():
    facts = read(
        " date 2023-08-07 Inter Miami spielte am Sonntag 4:4 beim FC Dallas. Messi traf bei"
        " den Heimsiegen gegen Atlanta United (4:0) und Orlando City (3:1) jeweils doppelt."
    )
    assert not any({"orlando-city", "atlanta-united"} == {h, a} for h, a, _ in pairs(facts))
