"""`Koeman, who many felt should already have been sent off, scored`, `der eigentlich
schon hätte vom Platz fliegen müssen`: a dismissal someone thought was due is none."""

from bot.facts import Match
from tests.reports.test_cards import cards, read


def test_english_should_already_have_been_sent_off_is_no_dismissal():
    match = read(
        "Leeds United beat Everton 2-0 on Sunday. Luke Ayling, who many felt should already "
        "have been sent off, scored from a free kick in the 60th minute.",
        Match("leeds-united", "everton", (2, 0)),
    )
    assert not cards(match)


def test_german_should_have_been_sent_off_is_no_dismissal():
    match = read(
        "Leeds United gewann am Sonntag 2:0 gegen Everton. Luke Ayling, der nach Meinung "
        "vieler schon hätte vom Platz fliegen müssen, traf in der 60. Minute per Freistoß.",
        Match("leeds-united", "everton", (2, 0)),
    )
    assert not cards(match)
