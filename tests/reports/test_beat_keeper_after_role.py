"""`Alvaro Saborio, the Costa Rican striker, beat Nielsen from close range`: a role in
apposition between the scorer and `beat <keeper>` still tells a goal, also with the minute
told in the sentence before; a player who `beat X on the right` dribbled past him. (The
`beat <keeper>` cue is read in English only; the German `X, der Stürmer, traf` is read by
the goal verb.) Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read

_EN = " date 2024-02-11 Arsenal and Brighton drew 1-1 at the Emirates Stadium on Saturday. "
_DE = (
    " date 2024-02-11 Der SC Freiburg und der VfL Bochum trennten sich am Samstag im "
    "Europa-Park Stadion 1:1. "
)


@pytest.mark.parametrize(
    "told",
    [
        "Joao Pedro, the Brazilian striker, beat Raya from close range in the 52nd minute.",
        "Brighton deserved their lead in the 52nd minute. Joao Pedro, the Brazilian striker, "
        "beat Raya from close range.",
    ],
)
def test_role_between_scorer_and_beat(told: str) -> None:
    text = _EN + told + " Saka equalised in the 80th minute."
    found = match(read(text), "arsenal", "brighton")
    assert [(g.minute, g.player) for g in found.goals] == [(52, "Joao Pedro"), (80, "Saka")]


def test_beat_on_the_wing_is_no_goal() -> None:
    text = _EN + (
        "Joao Pedro, the Brazilian striker, beat Gabriel on the right in the 52nd minute and "
        "crossed. Saka equalised in the 80th minute."
    )
    found = match(read(text), "arsenal", "brighton")
    assert "Joao Pedro" not in [g.player for g in found.goals or []]


def test_role_aside_de() -> None:
    text = _DE + (
        "Kevin Stöger, der Bochumer Spielmacher, traf in der 52. Minute. Grifo glich in der "
        "80. Minute aus."
    )
    found = match(read(text), "sc-freiburg", "vfl-bochum")
    assert [(g.minute, g.player) for g in found.goals] == [(52, "Kevin Stöger"), (80, "Grifo")]
