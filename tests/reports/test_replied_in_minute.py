"""`X replied in the 61st minute` / `hit back in the seventh`: replying with a minute right
after is a goal; `replied in the second half by ...` is not. Sentences written for these
tests."""

from __future__ import annotations

from bot.facts import Match
from tests.reports.helpers import goals_for


def read(body: str, match: Match) -> list[tuple]:
    goals_for(body, match, lang="en")
    return sorted((g.player, g.minute) for g in match.goals or [])


def test_replied_in_a_later_sentence_is_a_goal():
    match = Match("everton", "fulham", (1, 1))
    body = (
        "Everton drew 1-1 with Fulham. Dwight McNeil scored in the 14th minute. Raul Jimenez "
        "replied in the 38th minute, heading in a cross from the right."
    )
    assert read(body, match) == [("Dwight McNeil", 14), ("Raul Jimenez", 38)]


def test_hit_back_in_a_worded_ordinal():
    match = Match("everton", "fulham", (1, 1))
    body = (
        "Everton drew 1-1 with Fulham. Dwight McNeil curled in from the edge of the area in "
        "the third minute. Raul Jimenez hit back in the ninth, his shot squeezing under the "
        "keeper."
    )
    assert read(body, match) == [("Dwight McNeil", 3), ("Raul Jimenez", 9)]


def test_replied_in_the_second_half_is_no_goal():
    match = Match("everton", "fulham", (1, 0))
    body = (
        "Everton beat Fulham 1-0. Dwight McNeil scored in the 14th minute. Marco Silva "
        "replied in the second half by bringing on two strikers."
    )
    assert read(body, match) == [("Dwight McNeil", 14)]
