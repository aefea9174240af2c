"""`Vor einem Jahr waren die Kickers als Aufsteiger in der 3. Liga gestartet`, `A year ago
they were in League One`: a league named in a sentence opening on a year gone by is not the
report's competition; and a result after extra time is no league game, so its legs stay
legs. Texts written for these tests."""

from __future__ import annotations

from tests.reports.helpers import read

_DE = (
    " date 2016-05-25 Die Würzburger Kickers haben das Unmögliche geschafft. Mit einem 3:2 "
    "nach Verlängerung beim MSV Duisburg setzten sich die Franken am Dienstagabend durch, nach "
    "dem 2:0 im Hinspiel am Freitag in Würzburg stand es in der Addition 5:2. Vor einem Jahr "
    "waren die Kickers als Aufsteiger in der 3. Liga gestartet."
)


def test_a_league_of_a_year_back_is_not_the_story_s():
    assert "3. Liga" not in {m.competition for m in read(_DE).matches}


def test_a_result_after_extra_time_is_no_league_game():
    matches = read(_DE).matches
    assert matches and all(m.stage != "league" for m in matches)
    assert {m.leg for m in matches} == {1, 2}


def test_a_year_back_in_english():
    facts = read(
        " date 2016-05-25 Wurzburger Kickers won 3-2 after extra time at MSV Duisburg on "
        "Tuesday. A year ago Wurzburg were in the 3. Liga for the first time."
    )
    (found,) = facts.matches
    assert (found.competition, found.stage) != ("3. Liga", "league")
