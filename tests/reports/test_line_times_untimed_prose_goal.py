"""`Two goals from the Dutchman` beside one timed in the prose, and `Liverpool 2 (Kuyt 20, 84)`
in the match facts: the line times the prose's untimed goal, where it lists the same scorers
and agrees on every minute the prose gives. Texts written for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read

_PROSE = (
    " date 2008-03-03 Dirk Kuyt settled the Carling Cup final against Everton in Cardiff on "
    "Sunday, a 2-1 win. Two goals from the Dutchman turned round a game that Everton had led. "
    "In the 12th minute Tim Cahill headed Everton in front. Liverpool pressed. Six minutes "
    "from time Steven Gerrard swung in a cross from the right and Kuyt glanced a header "
    "inside the near post.\n\nMATCH FACTS\n"
)


def test_the_line_times_the_untimed_goal():
    facts = read(_PROSE + "Liverpool 2 (Kuyt 20, 84) Everton 1 (Cahill 12)\n")
    goals = match(facts, "liverpool", "everton").goals
    assert sorted((g.minute, g.player) for g in goals) == [
        (12, "Tim Cahill"),
        (20, "Dirk Kuyt"),
        (84, "Dirk Kuyt"),
    ]


def test_a_line_that_disagrees_on_a_minute_times_nothing():
    facts = read(_PROSE + "Liverpool 2 (Kuyt 20, 81) Everton 1 (Cahill 12)\n")
    goals = match(facts, "liverpool", "everton").goals or []
    assert not {(20, "Dirk Kuyt"), (81, "Dirk Kuyt")} & {(g.minute, g.player) for g in goals}
