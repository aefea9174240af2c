"""`a minute from the end of normal time`, `zwei Minuten vor dem Ende der regulären
Spielzeit`: counted back from the end of normal time, said so, in a match that went to
extra time: minute 89 (88), not one that might be counted from the end of extra time
(set 42's Cruyff equaliser was told so). Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.facts import Match
from tests.reports.helpers import goals_for

CASES = [
    (
        "Sevilla beat Real Betis 2-1 after extra time. Borja Iglesias put Betis ahead in the "
        "30th minute. Ivan Rakitic scored the winner in the 110th minute. Youssef En-Nesyri "
        "had headed in the equaliser a minute from the end of normal time.",
        "en",
        ("Youssef En-Nesyri", 89),
    ),
    (
        "Der FC Sevilla gewann 2:1 nach Verlängerung gegen Betis Sevilla. Borja Iglesias "
        "brachte Betis in der 30. Minute in Führung. In der 110. Minute traf Ivan Rakitic zum "
        "2:1. Den Ausgleich hatte Youssef En-Nesyri eine Minute vor dem Ende der regulären "
        "Spielzeit erzielt.",
        "de",
        ("Youssef En-Nesyri", 89),
    ),
]


@pytest.mark.parametrize(("body", "lang", "goal"), CASES)
def test_counted_from_the_end_of_normal_time(body: str, lang: str, goal) -> None:
    match = Match("sevilla", "real-betis", (2, 1), extra_time=True)
    (m,) = goals_for(body, match, lang=lang)
    assert goal in [(g.player, g.minute) for g in m.goals or []]
