"""A shoot-out only threatened (`With a shootout looming, X headed in in the 119th minute`,
`Als ein Elfmeterschießen drohte`, `the looming shootout`) moves no clause to the kicks:
the goal that spared it is the match's. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read

_EN = (
    " date 2024-03-02 Feyenoord beat Galatasaray 2-1 after extra time at De Kuip on Saturday."
    "\n\nSantiago Gimenez put Feyenoord ahead in the 51st minute, and Galatasaray forced extra "
    "time when Mauro Icardi volleyed in from close range in the 89th. "
)
_DE = (
    " date 2024-03-02 Rotterdam - Feyenoord hat Galatasaray am Samstag nach Verlängerung mit "
    "2:1 geschlagen.\n\nSantiago Gimenez brachte Feyenoord in der 51. Minute in Führung, Mauro "
    "Icardi glich in der 89. Minute aus. "
)


@pytest.mark.parametrize(
    "text",
    [
        _EN + "With a shootout looming, Igor Paixao headed in a cross from Gimenez in the 119th "
        "minute to send Feyenoord through.",
        _EN + "A shootout seemed inevitable until Igor Paixao headed in a cross in the 119th "
        "minute.",
        _DE + "Als ein Elfmeterschießen drohte, köpfte Igor Paixao in der 119. Minute zum 2:1 ein.",
        _DE + "Das drohende Elfmeterschießen verhinderte Igor Paixao, der in der 119. Minute zum "
        "2:1 einköpfte.",
    ],
)
def test_goal_before_a_threatened_shootout_counts(text: str) -> None:
    found = match(read(text), "feyenoord", "galatasaray")
    assert [(g.player, g.minute) for g in found.goals] == [
        ("Santiago Gimenez", 51),
        ("Mauro Icardi", 89),
        ("Igor Paixao", 119),
    ]


def test_kicks_of_a_shootout_held_stay_out() -> None:
    text = (
        " date 2024-03-02 Feyenoord and Galatasaray drew 1-1 after extra time at De Kuip on "
        "Saturday, and Feyenoord won 4-3 on penalties.\n\nSantiago Gimenez put Feyenoord ahead "
        "in the 51st minute and Mauro Icardi equalised in the 89th. In the shootout Igor Paixao "
        "scored the decisive kick."
    )
    found = match(read(text), "feyenoord", "galatasaray")
    assert "Igor Paixao" not in [g.player for g in found.goals or []]
