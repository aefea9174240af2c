"""A side told by what it is and where it is from (`Der Finalgegner aus Sevilla`, `the
visitors from Lisbon`) is the one team the text names whose town that is; with two such
teams it stays open. Texts written for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read, tie


def test_a_german_opponent_from_a_town_names_the_other_legs_pair():
    facts = read(
        " date 2023-05-19 Rom (dpa) - Die AS Rom hat am Donnerstagabend gegen Bayer "
        "Leverkusen 0:0 gespielt und steht im Finale der Europa League. Der Finalgegner aus "
        "Sevilla setzte sich am Donnerstag gegen Juventus Turin durch. Nach dem 1:1 in "
        "Italien gewann der FC Sevilla das Rückspiel zu Hause mit 2:1."
    )
    assert match(facts, "juventus", "sevilla").score == (1, 1)
    assert match(facts, "sevilla", "juventus").score == (2, 1)
    assert tie(facts, "juventus", "sevilla").winner == "sevilla"


def test_an_english_side_from_a_town():
    facts = read(
        " date 2023-05-19 PORTO, Portugal (AP) - Porto beat Sporting 2-1 on Wednesday. The "
        "visitors from Lisbon had won the first leg 3-0 at the Alvalade."
    )
    assert match(facts, "sporting-cp", "porto").score == (3, 0)


def test_a_town_of_two_named_teams_stays_open():
    facts = read(
        " date 2023-05-19 PORTO, Portugal (AP) - Porto beat Sporting 2-1 on Wednesday, and "
        "Benfica drew with Braga. The visitors from Lisbon had won the first leg 3-0 at the "
        "Alvalade."
    )
    assert not [m for m in facts.matches if m.score in ((3, 0), (0, 3))]


def test_a_town_plural_is_the_one_club_of_that_town_the_text_names():
    facts = read(
        " date 2023-05-19 Turin (dpa) - Juventus Turin hat am Donnerstagabend gegen den FC "
        "Sevilla 1:1 gespielt. Schon im Dezember 2018 hatten die Turiner im eigenen Stadion "
        "den FC Porto mit 3:1 geschlagen."
    )
    assert match(facts, "juventus", "porto").score == (3, 1)


def test_a_town_plural_of_two_named_clubs_stays_open():
    facts = read(
        " date 2023-05-19 Turin (dpa) - Juventus Turin hat am Donnerstagabend gegen den FC "
        "Turin 1:1 gespielt. Schon im Dezember 2018 hatten die Turiner im eigenen Stadion "
        "den FC Porto mit 3:1 geschlagen."
    )
    assert not [m for m in facts.matches if "porto" in (m.home, m.away)]
