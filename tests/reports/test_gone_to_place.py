"""A side that went to a country or town and then won, drew or lost there: the place is
where that result was played, and a country so named is no opponent."""

from __future__ import annotations

from tests.reports.helpers import match, pairs, read

_LEAD = " date 1992-05-07 Torino lost the first leg of the UEFA Cup final 2-2 at home to Ajax. "


def test_went_to_a_country_and_won():
    facts = read(
        _LEAD + "In the semi-final Torino were held 1-1 at home by Real Madrid, only to go to "
        "Spain and win 2-0, a result few had expected."
    )
    assert match(facts, "real-madrid", "torino").score == (0, 2)
    assert match(facts, "torino", "real-madrid").leg == 1


def test_travelled_to_a_town_and_drew():
    facts = read(
        _LEAD + "In the quarter-final Torino beat Benfica 2-1 at home and then travelled to "
        "Lisbon and drew 0-0."
    )
    assert match(facts, "benfica", "torino").score == (0, 0)


def test_a_country_lost_to_stays_the_opponent():
    facts = read(
        " date 1990-07-05 England went out of the World Cup in Turin on Wednesday, beaten "
        "on penalties after a 1-1 draw with West Germany."
    )
    assert all("germany" in {m.home, m.away} for m in facts.matches)


def test_german_trip_to_a_country():
    facts = read(
        " date 1987-05-07 Dundee United verlor das Hinspiel des UEFA-Cup-Finals bei IFK "
        "Göteborg mit 0:1. Im Halbfinale kam Dundee United daheim gegen Borussia "
        "Mönchengladbach nur zu einem 0:0 und gewann dann in Westdeutschland mit 2:0."
    )
    assert ("borussia-monchengladbach", "dundee-united", (0, 2)) in pairs(facts)
