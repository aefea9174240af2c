"""A leg played `in Romania`, `in Schweden`: the one side from that country is at home,
as a town of its already says (`in Bucharest`); a country told before a first leg won
`after winning the first leg 3-0 at Stamford Bridge` is the later leg's. Sentences
written for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, pairs, read


def test_a_first_leg_in_the_country_of_one_side_is_its_home_game():
    facts = read(
        " date 2006-04-21 Middlesbrough lost 1-0 to Steaua Bucharest in the first leg of their"
        " UEFA Cup semi-final in Romania on Thursday."
    )
    m = match(facts, "fcsb", "middlesbrough")
    assert (m.score, m.leg) == ((1, 0), 1)


def test_a_german_first_leg_in_the_country_of_one_side():
    facts = read(
        " date 1982-05-20 Hamburg (dpa) - Der Hamburger SV hat das Rückspiel im Finale um den"
        " UEFA-Pokal gegen IFK Göteborg mit 0:3 verloren, und weil schon das Hinspiel in"
        " Schweden mit 0:1 verloren gegangen war, geht der Pokal nach Göteborg."
    )
    assert ("ifk-goteborg", "hamburger-sv", (1, 0)) in pairs(facts)


def test_a_country_before_a_first_leg_won_elsewhere_is_the_later_legs():
    facts = read(
        " date 2019-03-15 Chelsea advanced 8-0 on aggregate in the Europa League round of 16."
        " Chelsea were never troubled in Ukraine after winning the first leg 3-0 at"
        " Stamford Bridge."
    )
    assert ("dynamo-kyiv", "chelsea", (0, 3)) not in pairs(facts)


def test_a_ground_before_a_first_leg_another_side_had_won_is_the_later_legs():
    facts = read(
        " date 2012-05-21 ROME (AP) — Napoli beat Juventus 2-0 to win the Italian Cup. Their"
        " Champions League run ended in extra time at Stamford Bridge after Napoli had won the"
        " first leg 3-1 in Naples."
    )
    assert ("chelsea", "napoli", (1, 3)) not in pairs(facts)
