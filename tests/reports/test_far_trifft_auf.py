"""`trifft nun am Sonntag an gleicher Stelle im Endspiel auf Brasilien, das sich gegen
Uruguay mit 3:1 durchgesetzt hatte`: the weekday of a fixture to come, with several words
between `trifft` and `auf`, is not the day of the result told after it."""

import pytest

from tests.reports.helpers import read

TEXTS = [
    " date 2014-04-17 Bayern gewann am Mittwoch im Halbfinale zu Hause gegen den VfB "
    "Stuttgart mit 2:1. Die Münchner treffen nun am Samstag in Berlin im Endspiel auf "
    "Borussia Dortmund, das sich in Wolfsburg gegen den VfL Wolfsburg mit 3:1 durchgesetzt "
    "hatte.",
    " date 2014-04-17 Bayern beat VfB Stuttgart 2-1 at home in the semi-final on Wednesday. "
    "They will meet Borussia Dortmund in Berlin on Saturday in the final; Dortmund beat VfL "
    "Wolfsburg 3-1 in Wolfsburg.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_day_of_a_fixture_to_come_is_not_the_results(text):
    facts = read(text)
    found = [m for m in facts.matches if "vfl-wolfsburg" in (m.home, m.away)]
    assert all(m.date is None for m in found), found
