"""Goals of a live report, one per line headed by a minute, as in set 24's
Liverpool-Dortmund and set 23's Liverpool-Inter blogs; sentences written for these tests."""

from __future__ import annotations

from bot.facts import Match
from tests.reports.helpers import goals_for

_BLOG_EN = (
    "Premier League: Arsenal v Chelsea at the Emirates, live.\n\n"
    "Kick-off: Arsenal start with Kai Havertz up front.\n\n"
    "12 min: Chelsea score. Cole Palmer curls a shot into the far corner. 0-1.\n\n"
    "30 min: Arsenal have plenty of the ball but David Raya has barely had a save to make "
    "at the other end.\n\n"
    "Half-time: Arsenal 0 Chelsea 1.\n\n"
    "52 min: Level! Bukayo Saka slots home after a quick break.\n\n"
    "70 min: Arsenal two goals clear? Not yet, but they are pressing hard.\n\n"
    "77 min: RED CARD! Moises Caicedo is off for a second yellow.\n\n"
    "88 min: DECLAN RICE! The midfielder rises to head in a corner. Arsenal 2 Chelsea 1.\n\n"
    "Full-time: Arsenal win 2-1 and go top."
)


def scorers(match: Match) -> list[tuple]:
    return [(g.minute, g.player, g.team) for g in match.goals or []]


def test_each_goal_line_of_a_live_report_gives_its_goal_en():
    (match,) = goals_for(_BLOG_EN, Match("arsenal", "chelsea", (2, 1)))
    assert scorers(match) == [
        (12, "Cole Palmer", "chelsea"),
        (52, "Bukayo Saka", "arsenal"),
        (88, "Declan Rice", "arsenal"),
    ]


def test_a_live_report_whose_scores_do_not_add_up_gives_no_goal_lines_en():
    """Read as 3-1, the lines' scores end elsewhere: no line's goal is taken from them."""
    (match,) = goals_for(_BLOG_EN, Match("arsenal", "chelsea", (3, 1)))
    assert 52 not in [g.minute for g in match.goals or []]


def test_each_goal_line_of_a_live_report_gives_its_goal_de():
    (match,) = goals_for(
        "Bundesliga: FC Bayern gegen Borussia Dortmund, der Liveticker.\n\n"
        "Anpfiff: Der Ball rollt in der Allianz Arena.\n\n"
        "9 Min.: TOR! Harry Kane trifft per Kopf zum 1:0.\n\n"
        "25 Min.: Dortmund kommt besser ins Spiel, Gregor Kobel hält stark gegen Musiala.\n\n"
        "Halbzeit: Bayern 1, Dortmund 0.\n\n"
        "61 Min.: Serhou Guirassy gleicht aus, 1:1.\n\n"
        "84 Min.: Jamal Musiala schiebt zum 2:1 ein!\n\n"
        "Abpfiff: Bayern gewinnt mit 2:1.",
        Match("bayern-munich", "borussia-dortmund", (2, 1)),
        lang="de",
    )
    assert [(g.minute, g.player) for g in match.goals or []] == [
        (9, "Harry Kane"),
        (61, "Serhou Guirassy"),
        (84, "Jamal Musiala"),
    ]
