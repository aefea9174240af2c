"""A result told with a town at a national-team tournament and its result line: the
line names the home side of the fixture list first, and the two are one match (set 36,
`Portugal – Deutschland 2:4` beside `gewann in München gegen Portugal mit 4:2`)."""

from __future__ import annotations

from tests.reports.helpers import read


def test_the_result_line_names_the_home_side_over_the_town_en():
    facts = read(
        " date 2006-06-21 Germany won their group at the World Cup on Tuesday, beating "
        "Ecuador 3-0 in Berlin with two goals from Miroslav Klose.\n\nEcuador 0, Germany 3"
        "\n\nLukas Podolski added the third after the break."
    )
    assert [(m.home, m.away, m.score) for m in facts.matches] == [("ecuador", "germany", (0, 3))]


def test_the_result_line_names_the_home_side_over_the_town_de():
    facts = read(
        " date 2006-06-21 Deutschland hat bei der Weltmeisterschaft den Gruppensieg "
        "geschafft. Die Mannschaft von Jürgen Klinsmann gewann am Dienstag in Berlin gegen "
        "Ecuador mit 3:0.\n\nEcuador – Deutschland 0:3 (0:2)\n\nKlose traf zweimal, "
        "Podolski erhöhte nach der Pause."
    )
    assert [(m.home, m.away, m.score) for m in facts.matches] == [("ecuador", "germany", (0, 3))]
    assert facts.matches[0].date == "2006-06-20"


def test_a_town_stays_the_home_of_a_club_match_beside_a_line():
    facts = read(
        " date 2024-03-10 Bayern beat Mainz 8-1 in Munich on Saturday.\n\nBayern Munich 8, "
        "Mainz 1\n\nHarry Kane scored a hat-trick."
    )
    assert [(m.home, m.away, m.score) for m in facts.matches] == [
        ("bayern-munich", "mainz-05", (8, 1))
    ]
