"""`Dino Baggio brachte Juventus früh in Führung und erhöhte kurz vor der Pause auf 2:0`,
`put Juventus ahead early and made it 2-0`: one subject with two goal verbs joined by
`and`, the second with the running score, scored twice (a held-out report read one goal).
A second name before the running score keeps the goals apart. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from bot.facts import Match
from tests.reports.helpers import goals_for

PAIR = ("inter-milan", "ac-milan", (3, 0))
CASES = [
    (
        "de",
        "Inter gewann 3:0 gegen Milan. Lautaro Martínez brachte Inter früh in Führung und "
        "erhöhte kurz vor der Pause auf 2:0. In der zweiten Halbzeit traf Marcus Thuram zum "
        "3:0.",
        [("Lautaro Martínez", None), ("Lautaro Martínez", None), ("Marcus Thuram", None)],
    ),
    (
        "en",
        "Inter beat Milan 3-0. Lautaro Martinez put Inter ahead early and made it 2-0 shortly "
        "before half-time. Marcus Thuram added the third after the break.",
        [("Lautaro Martinez", None), ("Lautaro Martinez", None), ("Marcus Thuram", None)],
    ),
    (
        "en",
        "Inter beat Milan 3-0. Lautaro Martinez put Inter ahead early and Marcus Thuram made it "
        "2-0 shortly before half-time. Nicolo Barella added the third after the break.",
        [("Lautaro Martinez", None), ("Marcus Thuram", None), ("Nicolo Barella", None)],
    ),
]


@pytest.mark.parametrize(("lang", "body", "expected"), CASES)
def test_one_subject_two_goal_verbs(lang, body, expected) -> None:
    (m,) = goals_for(body, Match(*PAIR), lang=lang)
    assert [(g.player, g.minute) for g in m.goals or []] == expected
