"""A score a side would need, or that would be enough, is no result: `dass ein 2:0
reichen würde`, `ein 2:0 hätte gereicht`, `Bei einem 3:1 ginge es in die Verlängerung`,
`braucht der HSV ein 2:0`, `bräuchte ein 2:0`, `needing a 2-0 win`, `a 2-0 win would be
enough`; the first leg told beside it stays the one match, with no second leg or tie
made up. Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import read

LEAD_DE = (
    " date 2014-05-18 Hamburg (dpa) - Der Hamburger SV empfängt am Sonntagabend die SpVgg "
    "Greuther Fürth zum Rückspiel der Relegation. Das Hinspiel in Fürth hatte der HSV mit "
    "1:3 verloren. "
)
LEAD_EN = (
    " date 2014-05-18 HAMBURG, Germany (AP) - Hamburger SV host Greuther Fuerth on Sunday "
    "in the second leg of the relegation playoff. Hamburg lost the first leg 3-1 in Fuerth. "
)


@pytest.mark.parametrize(
    "told",
    [
        LEAD_DE + "Trainer Mirko Slomka weiß, dass ein 2:0 reichen würde, um Fürth in der "
        "2. Bundesliga zu halten.",
        LEAD_DE + "Ein 2:0 hätte dem HSV schon gereicht, sagt Slomka.",
        LEAD_DE + "Bei einem 3:1 ginge es in die Verlängerung.",
        LEAD_DE + "Für den Klassenerhalt braucht der HSV ein 2:0.",
        LEAD_DE + "Der HSV bräuchte ein 2:0, um die Klasse zu halten.",
        LEAD_EN + "Coach Mirko Slomka knows a 2-0 win would be enough to stay up.",
        LEAD_EN + "Needing a 2-0 win to stay up, Hamburg have gone for an attacking line-up.",
    ],
)
def test_a_needed_score_is_no_result(told):
    facts = read(told)
    assert [(m.home, m.away, m.score) for m in facts.matches] == [
        ("greuther-furth", "hamburger-sv", (3, 1))
    ]
    assert facts.ties == []
