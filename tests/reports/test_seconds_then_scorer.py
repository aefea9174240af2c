"""`The Timbers needed just 27 seconds to take control. Diego Valeri scored the fastest goal
..., Rodney Wallace added a second in the seventh minute`: a side's goal told in seconds
waits for its scorer, who is the one claim told before the later timed goals of the next
sentence (a held-out report stored Valeri's goal with no minute). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from bot.facts import Match
from tests.reports.helpers import goals_for

CASES = [
    (
        "en",
        "Bayern won 2-0 in Copenhagen. Bayern needed just 40 seconds to take control. Harry "
        "Kane scored the fastest goal of the season, and Leroy Sane added a second in the 20th "
        "minute.",
        [("Harry Kane", 1), ("Leroy Sane", 20)],
    ),
    (
        "de",
        "Bayern gewann 2:0 in Kopenhagen. Die Münchner brauchten nur 40 Sekunden, um in "
        "Führung zu gehen. Harry Kane erzielte das schnellste Tor der Saison, Leroy Sané "
        "erhöhte in der 20. Minute.",
        [("Harry Kane", 1), ("Leroy Sané", 20)],
    ),
]


@pytest.mark.parametrize(("lang", "body", "expected"), CASES)
def test_the_goal_in_seconds_gets_its_scorer(lang, body, expected) -> None:
    (m,) = goals_for(body, Match("fc-kopenhagen", "bayern-munich", (0, 2)), lang=lang)
    assert [(g.player, g.minute) for g in m.goals or []] == expected


def test_a_later_claim_does_not_take_the_time() -> None:
    body = (
        "Bayern won 2-0 in Copenhagen. Bayern needed just 40 seconds to take control. Leroy "
        "Sane added a second in the 20th minute, and Harry Kane scored as well."
    )
    (m,) = goals_for(body, Match("fc-kopenhagen", "bayern-munich", (0, 2)), lang="en")
    assert ("Harry Kane", 1) not in [(g.player, g.minute) for g in m.goals or []]
