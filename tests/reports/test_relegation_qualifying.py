"""German `Relegation` in a report of a finals tournament's qualifying (`Relegations-
Rückspiel`, `die anderen Relegationsspiele`) is its qualifying play-off: the other
pairs' legs are `FIFA World Cup qualification` play-offs of the tournament's year, not
the World Cup of the calendar year, also where a sentence names the tournament only as
the place a side goes to (`den Sprung zu einer Weltmeisterschaft`)."""

from __future__ import annotations

from tests.reports.helpers import match, read, tie

DE = (
    " date 2013-11-20 Paris (dpa) - Frankreich fährt zur Weltmeisterschaft 2014 nach "
    "Brasilien. Im Relegations-Rückspiel gegen die Ukraine gewann die Équipe tricolore am "
    "Dienstagabend im Stade de France mit 3:0 (2:0). Nach dem 0:2 im Hinspiel in Kiew "
    "lautet das Gesamtergebnis 3:2.\n\n"
    "Auch die anderen Relegationsspiele sind entschieden. Portugal setzte sich gegen "
    "Schweden durch: Nach dem 1:0 in Lissabon gab es am Dienstag in Solna ein 3:2. "
    "Griechenland schaffte gegen Rumänien nach einem 3:1 daheim und einem 1:1 in Bukarest "
    "den Sprung zu einer Weltmeisterschaft."
)


def _details(m):
    return m.competition, m.season, m.stage


def test_other_relegation_pairs_are_the_qualifying_play_offs():
    facts = read(DE)
    want = ("FIFA World Cup qualification", "2014", "play-off")
    assert _details(match(facts, "sweden", "portugal")) == want
    assert _details(match(facts, "portugal", "sweden")) == want
    assert tie(facts, "portugal", "sweden").competition == "FIFA World Cup qualification"


def test_a_jump_to_a_world_cup_is_a_destination():
    facts = read(DE)
    want = ("FIFA World Cup qualification", "2014", "play-off")
    assert _details(match(facts, "greece", "romania")) == want
    assert _details(match(facts, "romania", "greece")) == want
