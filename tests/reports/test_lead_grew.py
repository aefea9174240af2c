"""`the Brazilian restored Madrid's lead in the 50th minute`, `extended the lead`, `cut
United's lead`, `reduced the arrears`: a lead made, grown or cut, a side's name before it
included, is a goal. `X equalized, but the Brazilian restored the lead` is someone other
than X: after `but`, as after `and`, a description opening the conjunct of a clause whose
subject is the one person named is not that person. Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.facts import Match
from tests.reports.helpers import goals_for


@pytest.mark.parametrize(
    "verb",
    [
        "restored Arsenal's lead",
        "extended the lead",
        "doubled Arsenal's advantage",
        "increased their lead",
    ],
)
def test_a_lead_grown_is_a_goal(verb) -> None:
    body = (
        f"Arsenal beat Everton 2-0. Bukayo Saka scored in the 20th minute, and Kai Havertz {verb} "
        "in the 64th minute."
    )
    (m,) = goals_for(body, Match("arsenal", "everton", (2, 0)), lang="en")
    assert [(g.player, g.minute) for g in m.goals or []] == [
        ("Bukayo Saka", 20),
        ("Kai Havertz", 64),
    ]


@pytest.mark.parametrize("verb", ["cut Arsenal's lead", "reduced the arrears"])
def test_a_lead_cut_is_a_goal(verb) -> None:
    body = (
        "Arsenal beat Everton 2-1. Bukayo Saka scored in the 20th minute and Kai Havertz in "
        f"the 50th minute, before Dwight McNeil {verb} in the 64th minute."
    )
    (m,) = goals_for(body, Match("arsenal", "everton", (2, 1)), lang="en")
    assert ("Dwight McNeil", 64) in [(g.player, g.minute) for g in m.goals or []]


def test_a_lead_at_the_top_of_the_table_is_no_goal() -> None:
    body = (
        "Arsenal beat Everton 1-0. Bukayo Saka scored in the 20th minute, and Arsenal "
        "extended their lead at the top to six points."
    )
    (m,) = goals_for(body, Match("arsenal", "everton", (1, 0)), lang="en")
    assert [(g.player, g.minute) for g in m.goals or []] == [("Bukayo Saka", 20)]


def test_but_the_description_is_someone_else() -> None:
    body = (
        "Real Madrid beat Barcelona 2-1. Robert Lewandowski equalized two minutes before "
        "halftime, but the Brazilian restored Madrid's lead in the 50th minute."
    )
    (m,) = goals_for(body, Match("real-madrid", "barcelona", (2, 1)), lang="en")
    assert all(g.player != "Robert Lewandowski" or g.minute != 50 for g in m.goals or [])
