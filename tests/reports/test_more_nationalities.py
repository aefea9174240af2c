"""`Der Neuseeländer erzielte das 2:0 (54.)`, `The Ghanaian made it 2-0`: every nationality
the reader knows as a person points back to the player named before, as `der Spanier`
already did (a held-out report lost Rufer's goal). Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.facts import Match
from tests.reports.helpers import goals_for

CASES = [
    (
        "en",
        ("arsenal", "chelsea", (2, 0)),
        "Arsenal beat Chelsea 2-0. Bukayo Saka opened the scoring in the 20th minute. After "
        "the break Thomas Partey took over. The Ghanaian made it 2-0 in the 70th minute.",
        [("Bukayo Saka", 20), ("Thomas Partey", 70)],
    ),
    (
        "de",
        ("werder-bremen", "monaco", (2, 0)),
        "Werder gewann 2:0. Kurz vor der Pause traf Marvin Ducksch zum 1:0 (41.). Nach dem "
        "Wechsel wurde Chris Wood immer stärker. Der Neuseeländer erzielte das 2:0 (54.).",
        [("Marvin Ducksch", 41), ("Chris Wood", 54)],
    ),
    (
        "de",
        ("werder-bremen", "monaco", (2, 0)),
        "Werder gewann 2:0. Kurz vor der Pause traf Marvin Ducksch zum 1:0 (41.). Nach dem "
        "Wechsel wurde Mohammed Kudus immer stärker. Der Ghanaer erzielte das 2:0 (54.).",
        [("Marvin Ducksch", 41), ("Mohammed Kudus", 54)],
    ),
]


@pytest.mark.parametrize(("lang", "pair", "body", "expected"), CASES)
def test_a_nationality_points_back_to_the_player(lang, pair, body, expected) -> None:
    (m,) = goals_for(body, Match(*pair), lang=lang)
    assert [(g.player, g.minute) for g in m.goals or []] == expected
