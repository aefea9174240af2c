"""The scorer of a live report's goal line, from set 31's FA Cup final blog, with lines
written for these tests: the player who finishes, not the keeper who spilled the shot
nor the one who laid it on, and a word exclaimed on its own is no name."""

from __future__ import annotations

from bot.facts import Match
from tests.reports.helpers import goals_for

_BLOG_EN = (
    "Premier League: Everton v Fulham at Goodison Park, as it happened.\n\n"
    "Kick-off: Everton start with Dominic Calvert-Lewin up front.\n\n"
    "14 min: GOAL — Everton 0-1 Fulham. Jordan Pickford fumbles Alex Iwobi's cross and "
    "Raul Jimenez is there to tap in.\n\n"
    "Half-time: Everton 0-1 Fulham.\n\n"
    "58 min: GOAL — Everton 1-1 Fulham. Dwight McNeil heads it down, Abdoulaye Doucoure "
    "smashes it in from ten yards.\n\n"
    "90+2 min: GOAL — Everton 2-1 Fulham. Incredible. Beto, on as a substitute, hooks a "
    "shot over Bernd Leno from a tight angle.\n\n"
    "Full-time: Everton 2-1 Fulham."
)

_BLOG_DE = (
    "Bundesliga: Werder Bremen gegen den SC Freiburg, der Liveticker.\n\n"
    "Anpfiff: Der Ball rollt im Weserstadion.\n\n"
    "14. Min.: TOR für Freiburg, 0:1. Michael Zetterer lässt einen Schuss von Vincenzo "
    "Grifo prallen, Lucas Höler staubt ab.\n\n"
    "Halbzeit: Bremen 0, Freiburg 1.\n\n"
    "58. Min.: TOR für Bremen, 1:1. Marvin Ducksch legt quer, Romano Schmid schiebt ein.\n\n"
    "90. Min.: TOR für Bremen, 2:1. Unglaublich. Justin Njinmah zieht aus 20 Metern ab, "
    "Noah Atubolu ist chancenlos.\n\n"
    "Abpfiff: Bremen gewinnt mit 2:1."
)


def scorers(match: Match) -> list[tuple]:
    return [(g.minute, g.added, g.player) for g in match.goals or []]


def test_a_goal_lines_scorer_is_the_one_who_finishes_en():
    (match,) = goals_for(_BLOG_EN, Match("everton", "fulham", (2, 1)))
    assert scorers(match) == [
        (14, None, "Raul Jimenez"),
        (58, None, "Abdoulaye Doucoure"),
        (90, 2, "Beto"),
    ]


def test_a_goal_lines_scorer_is_the_one_who_finishes_de():
    (match,) = goals_for(_BLOG_DE, Match("werder-bremen", "sc-freiburg", (2, 1)), lang="de")
    assert scorers(match) == [
        (14, None, "Lucas Höler"),
        (58, None, "Romano Schmid"),
        (90, None, "Justin Njinmah"),
    ]
