"""`der Dritte der 2. Bundesliga`, `third in the 3. Liga`: the lower league's third goes
into the play-off for the league above, so a relegation play-off told beside it is that
higher league's (the gold convention), not the lower one named (set 78 Gladbach-Bochum,
set 75 HSV-Fürth, set 78 Osnabrück-Ingolstadt)."""

from __future__ import annotations

from tests.reports.helpers import match, read


def test_dritter_der_2_bundesliga_plays_for_the_bundesliga_de():
    facts = read(
        " date 2012-05-11 Fortuna Düsseldorf gewann das Hinspiel der Relegation bei Hertha "
        "BSC mit 2:1. Der Dritte der 2. Bundesliga hat nun alle Trümpfe in der Hand."
    )
    found = match(facts, "hertha-bsc", "fortuna-dusseldorf")
    assert (found.competition, found.stage) == ("Bundesliga", "relegation-play-off")


def test_third_in_the_3_liga_plays_for_the_2_bundesliga_en():
    facts = read(
        " date 2021-05-28 Ingolstadt won the first leg of the relegation play-off 3-0 at home "
        "to Osnabrück on Thursday. Ingolstadt, third in the 3. Liga, pressed high all night."
    )
    found = match(facts, "fc-ingolstadt", "vfl-osnabruck")
    assert (found.competition, found.stage) == ("2. Bundesliga", "relegation-play-off")
