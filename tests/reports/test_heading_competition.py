"""A round-up of several competitions heads each list line with its own competition
(`SCOTLAND - Scottish Cup final, Hampden Park` over `Celtic 2 Hearts 1`): the line takes
the heading's competition, not the report's first."""

from tests.reports.helpers import match, read

EN = """ date 2016-05-22 CUP FINALS: three finals were played on Saturday.

ENGLAND - FA Cup final, Wembley
Manchester United 2 Crystal Palace 1

SPAIN - Copa del Rey final, Madrid
Barcelona 2 Sevilla 0
Luis Suárez was injured in the first half.
"""

DE = """ date 2016-05-22 POKALFINALS: Am Samstag fielen in drei Ländern die Entscheidungen.

DEUTSCHLAND - DFB-Pokal, Finale in Berlin
Bayern München 0 Borussia Dortmund 0

ITALIEN - Coppa Italia, Finale in Rom
AC Mailand 0 Juventus Turin 1
"""


def test_each_english_line_takes_its_heading_competition():
    facts = read(EN)
    assert match(facts, "barcelona", "sevilla").competition == "Copa del Rey"


def test_each_german_line_takes_its_heading_competition():
    facts = read(DE)
    assert match(facts, "ac-milan", "juventus").competition == "Coppa Italia"


def test_a_sentence_before_the_line_is_no_heading():
    facts = read(
        " date 2016-05-22 Barcelona won the Copa del Rey on Sunday. They beat the Europa "
        "League winners in Madrid.\nBarcelona 2 Sevilla 0\n"
    )
    assert {m.competition for m in facts.matches} <= {"Copa del Rey"}
