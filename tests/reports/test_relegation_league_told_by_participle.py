"""The league a relegation play-off is for, told by a participle after it (`ist in die 3.
Liga abgestiegen`: the league above it), by `den Durchmarsch ... in die 2. Bundesliga`, or
by `spielt in der kommenden Saison in der 2. Bundesliga`; not by a move years before
(`der 2018 in die Bundesliga aufgestiegen war`). Texts written for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read


def test_a_side_gone_down_into_the_third_tier():
    facts = read(
        " date 2015-06-03 Der FC Erzgebirge Aue ist in die 3. Liga abgestiegen. Im Rückspiel "
        "der Relegation verlor Aue am Dienstagabend vor eigenem Publikum mit 0:1 gegen "
        "den SV Darmstadt 98. Das "
        "Hinspiel am Freitag in Darmstadt war 1:1 ausgegangen."
    )
    assert {m.competition for m in facts.matches} == {"2. Bundesliga"}


def test_a_side_that_plays_next_season_in_the_second_tier():
    facts = read(
        " date 2019-05-29 Ingolstadt (dpa) - Der SV Wehen Wiesbaden spielt in der kommenden "
        "Saison in der 2. Bundesliga. Der Dritte der 3. Liga gewann am Dienstagabend das "
        "Relegations-Rückspiel beim FC Ingolstadt mit 3:2."
    )
    found = match(facts, "fc-ingolstadt", "wehen-wiesbaden")
    assert (found.competition, found.stage) == ("2. Bundesliga", "relegation-play-off")
