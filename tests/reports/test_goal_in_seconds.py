"""A goal told in seconds (`needed just 40 seconds to open the scoring`, `27 seconds into the
game`, `brauchte nur 35 Sekunden`, `innerhalb von 50 Sekunden`) came in the first minute;
a held-out report's goal `after 27 seconds` was stored with no minute. `Innerhalb` opening
a German sentence is no scorer. Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.facts import Match
from tests.reports.helpers import goals_for

EN = ("chelsea", "arsenal", (2, 0))
DE = ("fc-kopenhagen", "bayern-munich", (0, 2))
CASES = [
    (
        "en",
        EN,
        "Chelsea beat Arsenal 2-0. Cole Palmer scored 27 seconds into the game. Nicolas "
        "Jackson added a second in the 60th minute.",
        [("Cole Palmer", 1), ("Nicolas Jackson", 60)],
    ),
    (
        "en",
        EN,
        "Chelsea beat Arsenal 2-0. Cole Palmer needed just 40 seconds to open the scoring. "
        "Nicolas Jackson added a second in the 60th minute.",
        [("Cole Palmer", 1), ("Nicolas Jackson", 60)],
    ),
    (
        "de",
        DE,
        "Bayern gewann 2:0 in Kopenhagen. Harry Kane brauchte nur 35 Sekunden für das 1:0. "
        "Leroy Sané erhöhte in der 60. Minute.",
        [("Harry Kane", 1), ("Leroy Sané", 60)],
    ),
    (
        "de",
        DE,
        "Bayern gewann 2:0 in Kopenhagen. Innerhalb von 50 Sekunden traf Harry Kane zur "
        "Führung. Leroy Sané erhöhte in der 60. Minute.",
        [("Harry Kane", 1), ("Leroy Sané", 60)],
    ),
]


@pytest.mark.parametrize(("lang", "pair", "body", "expected"), CASES)
def test_a_goal_in_seconds_came_in_the_first_minute(lang, pair, body, expected) -> None:
    (m,) = goals_for(body, Match(*pair), lang=lang)
    assert [(g.player, g.minute) for g in m.goals or []] == expected


def test_seconds_into_the_second_half_are_not_the_first_minute() -> None:
    body = (
        "Chelsea beat Arsenal 2-0. Cole Palmer scored in the 10th minute. Nicolas Jackson "
        "added a second 27 seconds into the second half."
    )
    (m,) = goals_for(body, Match(*EN), lang="en")
    assert all(g.minute != 1 for g in m.goals or [])
