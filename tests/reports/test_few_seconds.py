"""`Dempsey hatte die Amerikaner schon nach wenigen Sekunden in Führung gebracht`: a goal
after a few seconds, counted or not, is in the first minute (set 43 read it without
one). Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.facts import Match
from tests.reports.helpers import goals_for

CASES = [
    (
        "Kamerun unterlag Mexiko mit 1:2. Raúl Jiménez hatte die Mexikaner schon nach wenigen "
        "Sekunden in Führung gebracht, Vincent Aboubakar glich aus (30.), ehe Hirving Lozano "
        "den Siegtreffer erzielte (77.).",
        "de",
        Match("cameroon", "mexico", (1, 2)),
    ),
    (
        "Kamerun unterlag Mexiko mit 1:2. Raúl Jiménez traf nach ein paar Sekunden zum 0:1, "
        "Vincent Aboubakar glich aus (30.), ehe Hirving Lozano den Siegtreffer erzielte (77.).",
        "de",
        Match("cameroon", "mexico", (1, 2)),
    ),
    (
        "Mexico beat Cameroon 2-1. Raúl Jiménez put Mexico ahead after a few seconds, Vincent "
        "Aboubakar equalized in the 30th minute and Hirving Lozano scored the winner in the "
        "77th.",
        "en",
        Match("mexico", "cameroon", (2, 1)),
    ),
]


@pytest.mark.parametrize(("body", "lang", "match"), CASES)
def test_a_goal_after_a_few_seconds_is_in_the_first_minute(body, lang, match) -> None:
    (m,) = goals_for(body, match, lang=lang)
    assert ("Raúl Jiménez", 1) in [(g.player, g.minute) for g in m.goals or []]
