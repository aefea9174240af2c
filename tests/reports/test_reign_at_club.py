"""`his 13-year reign at Bayern`, `seiner Amtszeit beim FC Bayern`: the club a person
worked for is no ground the result was played at."""

from tests.reports.helpers import read

ENGLISH = (
    " date 2015-05-07 BARCELONA (Reuters) - Pep Guardiola's hopes of crowning his reign at "
    "Bayern Munich with a second treble were all but ended on Wednesday as Barcelona won "
    "3-0 at the Nou Camp in the first leg of their Champions League semi-final."
)


def test_the_club_of_a_reign_is_no_home_side():
    facts = read(ENGLISH)
    main = [m for m in facts.matches if {m.home, m.away} == {"barcelona", "bayern-munich"}]
    assert [(m.home, m.score) for m in main] == [("barcelona", (3, 0))]
