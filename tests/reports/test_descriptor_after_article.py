"""`In der Schlussphase verwandelte der Algerier auch noch einen Foulelfmeter (86.)`: a
role or nationality told as a person is read even where another article stands a word or
two before it (`der Schlussphase ... der Algerier`), which used to take up its words (set
43 left the goal without a scorer). Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.facts import Match
from tests.reports.helpers import goals_for

CASES = [
    (
        "Der VfB Stuttgart gewann 2:0 gegen Werder Bremen. Nur zwei Minuten nach Wiederbeginn "
        "traf Serhou Guirassy zum 1:0 (47.). In der Schlussphase verwandelte der Franzose auch "
        "noch einen Foulelfmeter zum 2:0 (86.).",
        "de",
    ),
    (
        "Stuttgart beat Werder Bremen 2-0. Serhou Guirassy scored two minutes after the restart. "
        "In the 86th minute the striker also converted a penalty.",
        "en",
    ),
]


@pytest.mark.parametrize(("body", "lang"), CASES)
def test_the_described_scorer_is_the_one_named_before(body: str, lang: str) -> None:
    (m,) = goals_for(body, Match("vfb-stuttgart", "werder-bremen", (2, 0)), lang=lang)
    assert [(g.player, g.minute) for g in m.goals or []] == [
        ("Serhou Guirassy", 47),
        ("Serhou Guirassy", 86),
    ]
