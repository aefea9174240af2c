"""`Liverpool are champions of Europe after a goalless 120 minutes against Milan ...
a shoot-out that the English won 3-2`, `Der FC Porto ist Europapokalsieger`: a
shoot-out that made its winner the champion of a competition whose final is one match
was that final, a single match; it is no two-legged tie."""

from __future__ import annotations

from tests.reports.helpers import read

EN = (
    " date 1984-05-31 It was not a classic European Cup final, but nobody on Merseyside will "
    "care. Liverpool are champions of Europe after a goalless 120 minutes against Roma in "
    "the Olympic Stadium last night were followed by a penalty shoot-out that the English "
    "won 4-2, Bruce Grobbelaar unsettling the Roma takers."
)
DE = (
    " date 1984-05-31 Rom (dpa) - Der FC Liverpool ist Europapokalsieger: Nach 120 torlosen "
    "Minuten im Finale gegen AS Rom gewann der FC Liverpool am Mittwochabend das "
    "Elfmeterschießen mit 4:2."
)


def test_champions_of_europe_on_penalties_is_no_tie():
    assert read(EN).ties == []


def test_ist_europapokalsieger_is_no_tie():
    assert read(DE).ties == []


def test_a_uefa_cup_final_on_penalties_may_be_a_tie():
    # the UEFA Cup played two-legged finals: its champion on penalties won a tie
    facts = read(EN.replace("European Cup final", "UEFA Cup final"))
    assert [t.winner for t in facts.ties] == ["liverpool"]
