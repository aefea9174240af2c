"""A league named inside a German compound (`Zweitligaspiel`), and a result of the season
before, told beside a spring month in a report of the new season, which takes no league."""

from tests.reports.helpers import match, read

_KOELN = (
    " date 2018-08-04 Köln (SID) - Der 1. FC Köln hat sein erstes Zweitligaspiel seit Jahren "
    "gewonnen: Zum Auftakt der Saison schlug die Mannschaft am Freitagabend den SV Sandhausen "
    "mit 2:0."
)


def test_second_division_named_in_a_compound():
    facts = read(_KOELN)
    assert match(facts, "fc-koln", "sv-sandhausen").competition == "2. Bundesliga"


def test_first_division_named_in_a_compound():
    facts = read(_KOELN.replace("Zweitligaspiel", "Bundesligaspiel"))
    assert match(facts, "fc-koln", "sv-sandhausen").competition == "Bundesliga"


def test_last_seasons_result_beside_a_spring_month_de():
    facts = read(
        _KOELN + " Der Abstieg war schon im April besiegelt worden. Am letzten Spieltag hatten "
        "die Kölner im eigenen Stadion zwar den FC Augsburg mit 3:1 geschlagen, doch weil der VfB "
        "Stuttgart daheim gegen Hertha BSC 2:0 gewann, half das nichts."
    )
    last = match(facts, "fc-koln", "fc-augsburg")
    assert (last.competition, last.season) == (None, None)
    assert match(facts, "fc-koln", "sv-sandhausen").competition == "2. Bundesliga"


def test_last_seasons_result_beside_a_spring_month_en():
    facts = read(
        " date 2023-08-12 Burnley lost their first Premier League game since promotion on "
        "Friday, beaten 3-0 by Manchester City at Turf Moor. Promotion had been sealed in April. "
        "On the final day Burnley had beaten Cardiff City 3-0 at home."
    )
    last = match(facts, "burnley", "cardiff-city")
    assert (last.competition, last.season) == (None, None)
    assert match(facts, "burnley", "manchester-city").season == "2023-24"


def test_result_in_the_same_season_keeps_its_league():
    facts = read(
        " date 2019-03-10 Köln (SID) - Der 1. FC Köln hat sein Zweitligaspiel gewonnen: Am "
        "Freitagabend schlug die Mannschaft den SV Sandhausen mit 2:0. Im Januar war die Lage "
        "noch schlecht gewesen. Danach hatten die Kölner im eigenen Stadion zwar den FC St. Pauli "
        "mit 3:1 geschlagen, doch weil der HSV daheim gegen Union Berlin 2:0 gewann, half das "
        "nichts."
    )
    assert match(facts, "fc-koln", "fc-st-pauli").competition == "2. Bundesliga"
