"""`X scored the only goal at Villa Park`: a sentence naming a club's ground tells of the one
other match of the report played there (that club at home), where the main match is not
played there and is no neutral final. Text written for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read

_GLANCE = (
    " date 2024-04-19 Conference League quarterfinals at a glance (AP) - A look at the "
    "quarterfinals (home teams listed first):\n\nFirst Leg\nThursday, April 11\nFenerbahce 1,"
    " Olympiacos 2\nAston Villa 1, Lille 0\n\nSecond Leg\nThursday, April 18\nOlympiacos 0, "
    "Fenerbahce 0\nLille 0, Aston Villa 2\n\nNOTES: Ollie Watkins scored the only goal at "
    "Villa Park, heading in 20 minutes from time. ... Aston Villa and Olympiacos meet in "
    "the semifinals.\n"
)


def test_goal_at_a_clubs_ground_is_that_home_match() -> None:
    facts = read(_GLANCE)
    found = match(facts, "aston-villa", "lille")
    assert [(g.player, g.minute) for g in found.goals] == [("Ollie Watkins", 70)]
    assert not match(facts, "lille", "aston-villa").goals
