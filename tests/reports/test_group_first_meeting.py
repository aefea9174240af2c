"""`gegen das es im Hinspiel in Helsinki ein 3:3 gegeben hatte` in a story of a qualifying
group's standings: the group's first meeting of the two, a group game, not a play-off's
first leg."""

from tests.reports.helpers import match, read


def test_german_hinspiel_of_a_group_is_a_group_game():
    facts = read(
        " date 2013-09-11 Wien (APA) - Marko Arnautovic hat Österreich zur WM nach Brasilien "
        "geschossen. Im Gipfeltreffen der Qualifikationsgruppe 3 gewann das Team am "
        "Dienstagabend in Wien mit 2:1 gegen Schweden und ist nicht mehr von Platz eins zu "
        "verdrängen. Der Rest war Jubel. Zum Abschluss empfängt Österreich am Freitag in "
        "Salzburg Irland, gegen das es im Hinspiel in Dublin ein 2:2 gegeben hatte. Schweden "
        "muss als Gruppenzweiter in die Relegation."
    )
    found = match(facts, "ireland", "austria")
    assert (found.competition, found.stage, found.leg) == (
        "FIFA World Cup qualification",
        "group",
        None,
    )


def test_english_first_leg_of_a_group_is_a_group_game():
    facts = read(
        " date 2013-09-11 Marko Arnautovic has sent Austria to the World Cup in Brazil. They "
        "beat Sweden 2-1 in Vienna on Tuesday night at the top of the qualifying group. The "
        "rest was joy. Austria host Ireland on Friday, having drawn 2-2 in the first leg in "
        "Dublin. Sweden go into the play-offs as group runners-up."
    )
    found = [m for m in facts.matches if m.score == (2, 2)]
    assert all(m.stage != "play-off" and m.leg is None for m in found)
