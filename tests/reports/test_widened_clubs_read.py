"""Results between clubs added to the curated list are read with their sides and score,
in German and English: a club the list lacked could be a side of no fact."""

from __future__ import annotations

from tests.reports.helpers import match, pairs, read


def test_english_home_win_between_two_added_clubs():
    facts = read(
        " date 2014-11-02 SYDNEY (AP) — Western Sydney Wanderers beat Guangzhou Evergrande 1-0 "
        "at home on Saturday in the AFC Champions League quarter-final."
    )
    m = match(facts, "western-sydney-wanderers", "guangzhou-evergrande")
    assert m.score == (1, 0)
    assert m.competition == "AFC Champions League"


def test_english_away_win_between_two_added_clubs():
    facts = read(
        " date 2004-10-01 Levski Sofia won 2-1 at Dinamo Bucharest on Thursday in the UEFA Cup "
        "first round."
    )
    assert pairs(facts) == {("dinamo-bucuresti", "levski-sofia", (1, 2))}


def test_german_home_win_between_two_added_clubs():
    facts = read(
        " date 1986-03-20 Der KFC Uerdingen hat am Mittwoch im DFB-Pokal Tennis Borussia Berlin "
        "vor eigenem Publikum mit 3:1 geschlagen."
    )
    m = match(facts, "kfc-uerdingen", "tennis-borussia-berlin")
    assert m.score == (3, 1)
    assert m.competition == "DFB-Pokal"


def test_german_away_win_between_two_added_clubs():
    facts = read(
        " date 1984-10-04 Der FC Carl Zeiss Jena gewann am Mittwochabend in der DDR-Oberliga "
        "beim FC Rot-Weiß Erfurt mit 2:0."
    )
    assert pairs(facts) == {("rot-weiss-erfurt", "carl-zeiss-jena", (0, 2))}
