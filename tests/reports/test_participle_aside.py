"""`X crossed and Y, sliding in at the near post, turned it into his own net`: a
participle aside between a name and its verb leaves that name the doer, not the sentence's
first subject. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read

_EN = " date 2024-03-02 Arsenal beat Brentford 1-0 at the Emirates Stadium.\n\n"


@pytest.mark.parametrize(
    "sentence, player, own",
    [
        (
            "In the 53rd minute Bukayo Saka sent over a cross and Ethan Pinnock, stretching "
            "to reach it ahead of Havertz, turned the ball into his own net.",
            "Ethan Pinnock",
            True,
        ),
        (
            "In the 53rd minute Martin Odegaard slipped a pass through and Kai Havertz, "
            "racing clear of the defence, fired past the goalkeeper.",
            "Kai Havertz",
            False,
        ),
    ],
)
def test_name_before_participle_aside_is_the_doer(sentence: str, player: str, own: bool):
    found = match(read(_EN + sentence), "arsenal", "brentford")
    assert [(g.player, g.minute, g.own_goal) for g in found.goals] == [(player, 53, own)]
