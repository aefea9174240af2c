"""`their first title since 2014, when they clinched it with a 1-1 draw at Barcelona`, `seit
2014, als ...`: the result after `when` is of that year, so it takes neither the report's
day nor its season, even where it is the only result the opening reads. Texts written for
these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read


def test_since_a_year_when():
    facts = read(
        " date 2021-05-23 MADRID (AP) - Atletico Madrid won the Spanish league title on "
        "Saturday. It is Atletico's 11th league title and their first since 2014, when they "
        "clinched it with a 1-1 draw at Barcelona on the final day."
    )
    found = match(facts, "barcelona", "atletico-madrid")
    assert (found.date, found.season) == (None, None)


def test_seit_einem_jahr_als():
    facts = read(
        " date 2021-05-23 Madrid (dpa) - Atlético Madrid ist am Samstag spanischer Meister "
        "geworden. Es ist der elfte Titel für Atlético und der erste seit 2014, als die "
        "Mannschaft ihn mit einem 1:1 beim FC Barcelona am letzten Spieltag sicherte."
    )
    found = match(facts, "barcelona", "atletico-madrid")
    assert (found.date, found.season) == (None, None)
