"""A quoted sentence (`"One goal is nothing," he said`) tells no goal: its speaker must not
become a scorer without a minute beside the real one. Sentences written for these tests."""

from __future__ import annotations

from bot.facts import Match
from tests.reports.helpers import goals_for


def test_a_quote_about_a_goal_leaves_the_untimed_scorer_alone():
    match = Match("vfl-wolfsburg", "eintracht-braunschweig", (1, 0))
    body = (
        "Wolfsburg beat Braunschweig 1-0 in the first leg. Mario Gomez converted a first-half "
        "penalty. Braunschweig coach Torsten Lieberknecht was not worried.\n\n"
        '"One goal is nothing," he said. "Our stadium will be full."'
    )
    goals_for(body, match, lang="en")
    assert [(g.player, g.minute) for g in match.goals or []] == [("Mario Gomez", None)]
