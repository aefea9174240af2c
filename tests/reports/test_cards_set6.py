"""Dismissals whose minute or player stands outside the card clause: the time in the
clause before ("in the 66th minute, when ..."), a description ("der Stürmer") that a
prepositional name must not take. Sentences written for these tests."""

from __future__ import annotations

from bot.facts import Match
from bot.reports.cards.dismissals import attach_dismissals
from bot.reports.goals.placing import attach_goals
from bot.reports.text.document import build_document
from tests.reports.helpers import RESOLVER


def read(body: str, match: Match, lang: str | None = None) -> Match:
    doc = build_document(" date 2025-03-13 " + body, RESOLVER, lang)
    attach_goals(doc, [match])
    attach_dismissals(doc, [match])
    return match


def cards(match: Match) -> list[tuple]:
    return [(d.minute, d.player, d.second_yellow) for d in match.dismissals or []]


def test_minute_in_the_clause_before_a_when_clause_en():
    match = read(
        "Inter beat Napoli 1-0. Lautaro Martinez scored in the 10th minute. Napoli's task got "
        "harder in the 61st minute, when defender Amir Rrahmani was shown a straight red card "
        "for a foul on Marcus Thuram.",
        Match("inter-milan", "napoli", (1, 0)),
    )
    assert cards(match) == [(61, "Amir Rrahmani", False)]


def test_minute_of_a_goal_clause_is_not_the_card_minute_en():
    match = read(
        "Inter beat Napoli 1-0. Lautaro Martinez scored in the 10th minute, when Amir Rrahmani "
        "was also booked.",
        Match("inter-milan", "napoli", (1, 0)),
    )
    assert match.dismissals is None


def test_minute_in_the_clause_before_an_als_clause_de():
    match = read(
        "Inter gewann 1:0 gegen Neapel. Lautaro Martínez traf in der 10. Minute. In der "
        "61. Minute wurde es für Neapel schwerer, als Amir Rrahmani die Rote Karte sah.",
        Match("inter-milan", "napoli", (1, 0)),
        lang="de",
    )
    assert cards(match) == [(61, "Amir Rrahmani", False)]


def test_description_after_a_prepositional_name_is_the_earlier_subject_de():
    match = read(
        "Argentinien gewann 2:0 gegen Chile. Julián Álvarez traf zum 1:0 (20.) und zum 2:0 "
        "(50.). Álvarez war der Mann des Abends, doch er wurde auch zur tragischen Figur: "
        "Nach einem Zweikampf mit Gary Medel sah der Stürmer von Manchester City die "
        "Gelb-Rote Karte (75.).",
        Match("argentina", "chile", (2, 0)),
        lang="de",
    )
    assert cards(match) == [(75, "Julián Álvarez", True)]


def test_more_ways_to_say_sent_off_en():
    match = read(
        "Wolves beat Fulham 1-0. Matheus Cunha scored in the 30th minute. Fulham defender "
        "Calvin Bassey received his marching orders in the 77th minute.",
        Match("wolves", "fulham", (1, 0)),
    )
    assert cards(match) == [(77, "Calvin Bassey", False)]


def test_flog_vom_platz_de():
    match = read(
        "Union Berlin gewann 1:0 gegen Mainz. Kevin Volland traf zum 1:0 (30.). Der Mainzer "
        "Dominik Kohr flog in der 77. Minute nach einem groben Foul vom Platz.",
        Match("union-berlin", "mainz-05", (1, 0)),
        lang="de",
    )
    assert cards(match) == [(77, "Dominik Kohr", False)]


def test_escaped_marching_orders_is_no_dismissal():
    match = read(
        "Wolves beat Fulham 1-0. Matheus Cunha scored in the 30th minute. Calvin Bassey "
        "escaped his marching orders in the 77th minute.",
        Match("wolves", "fulham", (1, 0)),
    )
    assert match.dismissals is None


def test_booked_then_sent_off_later_counts_from_the_booking():
    match = read(
        "Wolves beat Fulham 1-0. Matheus Cunha scored in the 30th minute. Calvin Bassey was "
        "booked in the 55th minute and sent off 20 minutes later.",
        Match("wolves", "fulham", (1, 0)),
    )
    assert cards(match) == [(75, "Calvin Bassey", False)]


def test_booking_minute_is_not_the_card_minute():
    match = read(
        "Wolves beat Fulham 1-0. Matheus Cunha scored in the 30th minute. Calvin Bassey was "
        "booked in the 55th minute and later sent off.",
        Match("wolves", "fulham", (1, 0)),
    )
    assert cards(match) == [(None, "Calvin Bassey", False)]


def test_card_against_a_named_player_de():
    match = read(
        "Union Berlin gewann 1:0 gegen Mainz. Kevin Volland traf zum 1:0 (30.). Mainz spielte "
        "nach der Ampelkarte gegen Dominik Kohr (77.) in Unterzahl.",
        Match("union-berlin", "mainz-05", (1, 0)),
        lang="de",
    )
    assert cards(match) == [(77, "Dominik Kohr", True)]
    assert [(g.minute, g.player) for g in match.goals] == [(30, "Kevin Volland")]
