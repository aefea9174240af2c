"""`Madrid edged Real Sociedad by the same aggregate, winning 1-0 in San Sebastián before a
4-4 draw`: `the same aggregate` is a sum told before, so the score after it is a leg's,
not a second aggregate; the tie's sum comes from both legs."""

from __future__ import annotations

from bot.reports.matches.scorekinds import classify
from tests.reports.helpers import read


def test_english_score_after_the_same_aggregate_is_a_leg():
    facts = read(
        " date 2019-04-20 Liverpool reached the final after beating Benfica 5-4 on aggregate. "
        "Everton went through against Porto by the same aggregate, winning 2-1 in Porto "
        "before a 3-3 draw in the second leg at Goodison Park."
    )
    for tie in facts.ties:
        if "porto" in tie.teams:
            assert tie.aggregate in (None, {"everton": 5, "porto": 4})


def test_score_kinds_after_the_same_aggregate():
    before = "Everton went through against Porto by the same aggregate, winning "
    assert classify(before, " in Porto before a 3-3 draw.", "", False) == "result"
    before = "Die Eintracht setzte sich mit demselben Gesamtergebnis durch, gewann "
    assert classify(before, " in Porto und spielte dann 3:3.", "", False) == "result"
    assert classify("Everton went through 5-4 on aggregate, winning ", " in Porto.", "", False) == (
        "result"
    )
    assert classify("Everton went through on aggregate ", " against Porto.", "", False) == (
        "aggregate"
    )
