"""`Liverpool drew level for the second time in the 68th minute, Collymore sliding in at the
far post to meet McAteer's cross`: the side scores in one clause, and the absolute clause
after it names the scorer, his name right before a finishing verb in -ing; a name before
another verb (`McAteer crossing for ...`) names no one. Sentences written for these
tests."""

from __future__ import annotations

from bot.facts import Match
from tests.reports.helpers import goals_for

OPENING = "Everton drew 1-1 with Fulham. Raúl Jiménez scored for Fulham in the 20th minute. "


def test_the_absolute_clause_names_the_scorer() -> None:
    body = (
        OPENING + "Everton drew level in the 70th minute, Dominic Calvert-Lewin sliding in at "
        "the far post to meet Dwight McNeil's cross."
    )
    (m,) = goals_for(body, Match("everton", "fulham", (1, 1)), lang="en")
    assert ("Dominic Calvert-Lewin", 70) in [(g.player, g.minute) for g in m.goals or []]


def test_a_crosser_in_the_absolute_clause_is_no_scorer() -> None:
    body = (
        OPENING + "Everton drew level in the 70th minute, Dwight McNeil crossing for Dominic "
        "Calvert-Lewin at the far post."
    )
    (m,) = goals_for(body, Match("everton", "fulham", (1, 1)), lang="en")
    assert "Dwight McNeil" not in [g.player for g in m.goals or []]
