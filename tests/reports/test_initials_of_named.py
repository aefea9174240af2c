"""A club's initials stand for the club of the story whose name they are made from
(`der FCB` in a story of the FC Basel), not for the club the curated list gives them to.
Sentences written for these tests."""

from __future__ import annotations

from bot.reports.text.document import build_document
from tests.reports.helpers import RESOLVER, pairs, read


def _teams(text: str) -> dict[str, str]:
    return {m.alias: m.team for m in build_document(text, RESOLVER).mentions}


def test_initials_of_a_named_club_are_that_club():
    teams = _teams(
        " date 2019-03-01 Basel (SID) - Der FC Basel hat gegen den FC Zürich 2:0 gewonnen."
        " Für den FCB war es der dritte Sieg in Folge."
    )
    assert teams["FCB"] == "basel"


def test_initials_stay_with_their_club_when_it_is_in_the_story():
    teams = _teams(
        " date 2019-03-01 München (SID) - Der FC Bayern hat gegen Hertha BSC 2:0 gewonnen."
        " Für den FCB war es der dritte Sieg in Folge."
    )
    assert teams["FCB"] == "bayern-munich"


def test_initials_are_not_made_from_a_town():
    teams = _teams(
        " date 2019-03-01 Köln (SID) - Der FC Kopenhagen spielte am Montag in Köln."
        " Der FCK hatte das Hinspiel gewonnen."
    )
    assert teams["FCK"] == "copenhagen"


def test_a_leg_told_by_the_clubs_initials_is_that_clubs():
    facts = read(
        " date 2020-08-11 Köln (SID) - Manchester United hat den FC Kopenhagen mit 1:0 n.V."
        " besiegt. Den Weg ins Viertelfinale hatte sich der FCK im Achtelfinale mit einem 3:0"
        " gegen Istanbul Başakşehir erkämpft."
    )
    assert all("fc-kaiserslautern" not in (h, a) for h, a, _ in pairs(facts))


def test_initials_two_named_clubs_share_stand_for_neither():
    teams = _teams(
        " date 2012-05-17 Bern (SID) - Der FC Basel hat den Cup gewonnen. Unter Vogel hatte der"
        " FCB auch gegen den FC Bayern Schlagzeilen geschrieben."
    )
    assert "FCB" not in teams


def test_a_result_told_by_the_town_plural_after_initials_both_clubs_share():
    facts = read(
        " date 2012-05-17 Bern (SID) - Der FC Basel hat den Schweizer Cup gewonnen. Unter ihm"
        " hatte der FCB auch in der Champions League Schlagzeilen geschrieben: Im"
        " Achtelfinal-Hinspiel gegen den FC Bayern gewannen die Basler im Februar mit 1:0."
        " Im Rückspiel in München gingen sie dann allerdings mit 0:7 unter."
    )
    assert ("basel", "bayern-munich", (1, 0)) in pairs(facts)
    assert ("bayern-munich", "basel", (7, 0)) in pairs(facts)
