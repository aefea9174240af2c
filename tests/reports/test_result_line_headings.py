"""Round-ups: a result line standing alone as a heading (`Spain 2, Italy 1`) is what the
paragraph under it tells of, even where that paragraph opens on the ground (`At Seville,
...`) and names no team before its goals. Sentences written for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read

_EN = (
    " date 2023-06-19 MADRID — Two matches were played on Sunday. A look at the results:\n\n"
    "Netherlands 1, Scotland 1\n"
    "At Rotterdam, Cody Gakpo scored in the 30th minute and John McGinn levelled in the 71st."
    "\n\n"
    "Spain 2, Italy 0\n"
    "At Seville, Alvaro Morata scored in the 12th minute and Dani Olmo added a second in the "
    "64th.\n"
)

_DE = (
    " date 2023-09-17 Die Ergebnisse des Sonntags im Überblick:\n\n"
    "SC Freiburg - VfL Wolfsburg 2:1\n"
    "In Freiburg traf Ritsu Doan in der 15. Minute, Jonas Wind glich in der 48. Minute aus, "
    "Lucas Höler erzielte in der 80. Minute den Siegtreffer.\n\n"
    "FC Augsburg - 1. FC Union Berlin 0:1\n"
    "In Augsburg erzielte Kevin Behrens in der 55. Minute das einzige Tor.\n"
)


def _goals(found):
    return [(g.player, g.minute) for g in found.goals or []]


def test_paragraph_under_heading_is_that_match() -> None:
    facts = read(_EN)
    assert _goals(match(facts, "spain", "italy")) == [("Alvaro Morata", 12), ("Dani Olmo", 64)]
    assert _goals(match(facts, "netherlands", "scotland")) == [
        ("Cody Gakpo", 30),
        ("John McGinn", 71),
    ]


def test_german_heading_paragraph() -> None:
    facts = read(_DE)
    assert _goals(match(facts, "fc-augsburg", "union-berlin")) == [("Kevin Behrens", 55)]
    assert _goals(match(facts, "sc-freiburg", "vfl-wolfsburg")) == [
        ("Ritsu Doan", 15),
        ("Jonas Wind", 48),
        ("Lucas Höler", 80),
    ]


def test_a_town_under_a_heading_is_the_ground() -> None:
    """`At Lyon,` under `Germany 2, Hungary 0` in a tournament in France is where that
    match was played, not a home game of France."""
    text = (
        " date 2016-06-20 PARIS — A look at the results:\n\n"
        "France 1, Belgium 0\n"
        "At Marseille, Olivier Giroud scored the only goal in the 55th minute.\n\n"
        "Germany 2, Hungary 0\n"
        "At Lyon, Kai Havertz scored in the 20th minute and Leroy Sane added one in the 70th.\n"
    )
    facts = read(text)
    assert _goals(match(facts, "germany", "hungary")) == [("Kai Havertz", 20), ("Leroy Sane", 70)]
    assert ("Kai Havertz", 20) not in _goals(match(facts, "france", "belgium"))
