"""`a 3-0 win at Sporting in Lisbon`: a name several clubs share is the club whose town
the text names right after it, before the countries of the other clubs are asked (a
held-out Champions League text made Sporting the Spanish club because it named Real
Madrid). Sentences written for these tests."""

from __future__ import annotations

from tests.reports.helpers import pairs, read


def test_the_town_after_a_shared_name_pins_it() -> None:
    facts = read(
        " date 2025-02-18 Real Madrid won 3-2 at Manchester City. Borussia Dortmund all but "
        "settled their tie with a 3-0 win at Sporting in Lisbon."
    )
    assert ("sporting-cp", "borussia-dortmund", (0, 3)) in pairs(facts)


def test_the_town_in_the_line_after_a_heading() -> None:
    facts = read(
        " date 2024-09-18 Six games opened the league phase.\n\nREAL MADRID 3 STUTTGART 1\n"
        "Kylian Mbappé scored first.\n\nSPORTING 2 LILLE 0\nViktor Gyökeres opened the "
        "scoring in Lisbon before Zeno Debast curled in a free kick."
    )
    assert ("sporting-cp", "lille", (2, 0)) in pairs(facts)
    assert not any("sporting-gijon" in pair for pair in pairs(facts))


def test_a_town_of_no_owner_leaves_the_name_to_the_countries() -> None:
    facts = read(
        " date 2025-02-18 Real Madrid won 3-2 at Manchester City. Borussia Dortmund won 3-0 "
        "at Sporting in Munich."
    )
    assert not any("sporting-cp" in pair for pair in pairs(facts))
