"""A timed goal told only as `his hat-trick` made whole (`der Stürmer, der zum 4:0 vollendete
(85.) und damit seinen Dreierpack perfekt machte`, `the striker completed his hat-trick in
the 85th minute`) is the third of the one player whose two timed goals leave a claimed
third over. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read

_DE = (
    " date 2024-03-02 Rotterdam - Feyenoord hat Galatasaray am Samstag mit 4:0 geschlagen. "
    "Mann des Abends war Santiago Gimenez mit drei Toren.\n\nGimenez traf nach einer Flanke "
    "aus kurzer Distanz (6.). Nach dem Seitenwechsel erhöhte Igor Paixao zum 2:0 (55.), dann "
    "traf Gimenez zum 3:0 (63.). "
)
_EN = (
    " date 2024-03-02 Feyenoord beat Galatasaray 4-0 at De Kuip on Saturday, Santiago Gimenez "
    "scoring three times.\n\nGimenez opened the scoring in the sixth minute. Igor Paixao made "
    "it 2-0 in the 55th minute and Gimenez added the third in the 63rd. "
)


@pytest.mark.parametrize(
    "text",
    [
        _DE + "Den Schlusspunkt setzte wieder der Stürmer, der fünf Minuten vor dem Ende zum "
        "4:0 vollendete (85.) und damit seinen Dreierpack perfekt machte.",
        _EN + "The striker then completed his hat-trick with a low finish in the 85th minute.",
    ],
)
def test_blank_told_as_his_hat_trick_is_his_third(text: str) -> None:
    found = match(read(text), "feyenoord", "galatasaray")
    assert [(g.player, g.minute) for g in found.goals] == [
        ("Santiago Gimenez", 6),
        ("Igor Paixao", 55),
        ("Santiago Gimenez", 63),
        ("Santiago Gimenez", 85),
    ]
