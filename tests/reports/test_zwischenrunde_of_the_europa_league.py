"""`in der Zwischenrunde der Europa League` is that cup's round of 32 (2009-2021), not a
group: the word alone also names a World Cup's second group round, so it counts as a
round only before the Europa League (set 67 Midtjylland-United, set 74 Östersund-Arsenal)."""

from __future__ import annotations

from tests.reports.helpers import match, read


def test_zwischenrunde_der_europa_league_is_round_of_32():
    facts = read(
        " date 2016-02-19 Der FC Midtjylland hat das Hinspiel in der Zwischenrunde der Europa "
        "League gegen Manchester United vor eigenem Publikum mit 2:1 gewonnen."
    )
    assert match(facts, "midtjylland", "manchester-united").stage == "round-of-32"


def test_zwischenrunde_alone_names_no_round():
    facts = read(
        " date 1978-06-15 Die deutsche Mannschaft spielte in der Zwischenrunde in Buenos "
        "Aires gegen Italien 0:0."
    )
    assert all(m.stage != "round-of-32" for m in facts.matches)
