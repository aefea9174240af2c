"""`X headed Galatasaray in front in the 35th minute and Y hit the post after the break`:
the miss after a bare `and` and a new named subject is Y's, not the goal's. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read

_EN = " date 2024-03-02 Feyenoord beat Galatasaray 2-1 at De Kuip on Saturday.\n\n"
_DE = " date 2024-03-02 Rotterdam - Feyenoord hat Galatasaray am Samstag mit 2:1 geschlagen.\n\n"


@pytest.mark.parametrize(
    "text",
    [
        _EN + "Mauro Icardi headed Galatasaray in front from a Dries Mertens cross in the 35th "
        "minute and Mertens hit the post after the break. Santiago Gimenez headed the equalizer "
        "in the 70th, and six minutes later Davinson Sanchez turned a cross into his own net.",
        _EN + "Mauro Icardi put Galatasaray ahead in the 35th minute and Dries Mertens missed a "
        "penalty after the break. Santiago Gimenez headed the equalizer in the 70th, and six "
        "minutes later Davinson Sanchez turned a cross into his own net.",
        _DE + "Mauro Icardi köpfte Galatasaray in der 35. Minute in Führung und Dries Mertens "
        "traf nach der Pause nur den Pfosten. Santiago Gimenez glich in der 70. Minute aus, "
        "sechs Minuten später lenkte Davinson Sanchez eine Flanke ins eigene Tor.",
    ],
)
def test_miss_after_and_is_the_other_players(text: str) -> None:
    found = match(read(text), "feyenoord", "galatasaray")
    assert [(g.player, g.minute, g.penalty, g.own_goal) for g in found.goals] == [
        ("Mauro Icardi", 35, False, False),
        ("Santiago Gimenez", 70, False, False),
        ("Davinson Sanchez", 76, False, True),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Mauro Icardi's header was saved in the 35th minute and Dries Mertens hit the post.",
        "Mauro Icardi hit the post in the 35th minute and Dries Mertens headed over.",
    ],
)
def test_miss_before_the_joint_still_tells_no_goal(sentence: str) -> None:
    text = _EN + sentence + " Santiago Gimenez headed the equalizer in the 70th minute."
    found = match(read(text), "feyenoord", "galatasaray")
    assert all(g.minute != 35 for g in found.goals or [])
