"""`Steaua, who overturned a 1-0 defeat in Brussels by beating Anderlecht 3-0 on the same
night`: the deficit made up for is a game before the day the sentence points to, so it
takes no date from it."""

from tests.reports.helpers import read


def test_english_overturned_defeat_takes_no_same_night_date():
    facts = read(
        " date 1986-04-17 Barcelona beat Göteborg 3-0 on Wednesday night to reach the "
        "final. Their opponents will be Porto, who overturned a 2-0 defeat in Kiev by "
        "beating Dynamo Kiev 3-0 in Portugal on the same night."
    )
    deficits = [m for m in facts.matches if m.score in ((2, 0), (0, 2))]
    assert all(m.date is None for m in deficits)


def test_german_overturned_defeat_takes_no_same_evening_date():
    facts = read(
        " date 1986-04-17 Barcelona hat am Mittwochabend Göteborg mit 3:0 geschlagen. "
        "Gegner ist der FC Porto, der am selben Abend eine 0:2-Niederlage aus dem Hinspiel "
        "wettmachte und Dynamo Kiew mit 3:0 schlug."
    )
    deficits = [m for m in facts.matches if m.score in ((2, 0), (0, 2))]
    assert all(m.date is None for m in deficits)
