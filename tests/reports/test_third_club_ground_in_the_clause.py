"""A score whose clause names the ground of a club that is neither side (`winning 1-0 at
Old Trafford, and the result sent Sheffield United down`) is not against a team named only
beyond that clause (set 75, West Ham's last day); a final, or national teams, may play at a
club's ground."""

from __future__ import annotations

from bot.reports.matches.thirdground import third_ground
from tests.reports.helpers import pairs, read


def test_third_clubs_ground_en():
    clause = "winning 1-0 at Old Trafford on the final day through a late goal"
    assert third_ground(clause, clause, ("west-ham", "sheffield-united"))
    assert not third_ground(clause, clause, ("west-ham", "manchester-united"))


def test_third_clubs_ground_de():
    clause = "gewann am letzten Spieltag mit 1:0 in der Allianz Arena"
    assert third_ground(clause, clause, ("sc-freiburg", "hamburger-sv"))
    assert not third_ground(clause, clause, ("sc-freiburg", "bayern-munich"))


def test_a_final_or_national_teams_at_a_clubs_ground():
    clause = "beat Tottenham 2-0 at Old Trafford"
    assert not third_ground(
        clause, "In the semi-final Newcastle " + clause, ("newcastle-united", "tottenham")
    )
    clause = "gewann 2:1 in der Allianz Arena"
    assert not third_ground(clause, clause, ("germany", "france"))


def test_team_beyond_the_clause_is_no_side():
    facts = read(
        " date 2007-05-14 Tevez keeps West Ham up as Blades go down\n\nWest Ham United "
        "completed one of the great escapes on Sunday, winning 1-0 at Old Trafford on the last "
        "day of the season, and the result sent Sheffield United down instead."
    )
    assert ("west-ham", "sheffield-united", (1, 0)) not in pairs(facts)
