"""`X's chip in the 31st minute ... settled a one-sided evening` (a goal noun after the
possessive), and `X ended the tie almost before it had begun, driving in ... in the third
minute`: `almost before` hedges no goal (`almost scored` still does). Sentences written for
these tests."""

from __future__ import annotations

from bot.facts import Match
from tests.reports.helpers import goals_for


def read(body: str, match: Match) -> list[tuple]:
    goals_for(body, match, lang="en")
    return sorted((g.player, g.minute) for g in match.goals or [])


def test_possessive_chip_with_its_minute():
    match = Match("arsenal", "everton", (1, 0))
    body = (
        "Arsenal beat Everton 1-0. Martin Odegaard's chip in the 58th minute, after a long pass "
        "from Declan Rice, settled a scrappy afternoon at the Emirates."
    )
    assert read(body, match) == [("Martin Odegaard", 58)]


def test_almost_before_it_had_begun_then_a_participle():
    match = Match("everton", "arsenal", (0, 2))
    body = (
        "Arsenal won 2-0 at Everton. Bukayo Saka decided the game almost before it had started, "
        "firing home from range in the second minute at Goodison. Kai Havertz added the second "
        "in the 70th minute."
    )
    assert read(body, match) == [("Bukayo Saka", 2), ("Kai Havertz", 70)]


def test_almost_scoring_is_still_no_goal():
    match = Match("everton", "arsenal", (0, 1))
    body = (
        "Arsenal won 1-0 at Everton. Bukayo Saka almost scored in the second minute. Kai "
        "Havertz scored in the 70th minute."
    )
    assert read(body, match) == [("Kai Havertz", 70)]
