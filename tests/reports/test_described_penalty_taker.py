"""`Casemiro brought down Suarez in the box and the Uruguayan chipped the penalty in`: a
description going on after a foul tells of the fouled player, who took the kick; the one
who fouled him is never the scorer (a held-out report credited Casemiro). A keeper who
`could only push the ball out` saved, he did not score. Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.facts import Match
from tests.reports.helpers import goals_for

CASES = [
    (
        "Barcelona won 2-0 at Real Madrid. Luis Suarez headed in the opener in the 50th minute. "
        "Four minutes later Casemiro brought down Suarez in the box and the Uruguayan chipped "
        "the resulting penalty straight down the middle to make it 2-0.",
        ("real-madrid", "barcelona", (0, 2)),
        [("Luis Suarez", 50, False), ("Luis Suarez", 54, True)],
    ),
    (
        "Atletico won 2-1 at Chelsea. Fernando Torres gave Chelsea the lead in the 36th minute. "
        "Samuel Eto'o clipped Diego Costa in the area and the striker sent the penalty past "
        "Mark Schwarzer on the hour.",
        ("chelsea", "atletico-madrid", (1, 2)),
        [("Fernando Torres", 36, False), ("Diego Costa", 60, True)],
    ),
]


@pytest.mark.parametrize(("body", "pair", "expected"), CASES)
def test_the_fouled_player_took_the_kick(body, pair, expected) -> None:
    (m,) = goals_for(body, Match(*pair), lang="en")
    assert [(g.player, g.minute, g.penalty) for g in m.goals or []] == expected


def test_a_keeper_who_pushed_the_ball_out_did_not_score() -> None:
    body = (
        "Costinha's goal in the 90th minute gave Porto a 1-1 draw at Old Trafford. Paul "
        "Scholes had headed United in front in the 32nd minute. Benni McCarthy, who scored "
        "twice in the first leg, struck it toward the near post, Tim Howard could only push "
        "the ball out and Costinha was there to poke it into the net."
    )
    (m,) = goals_for(body, Match("manchester-united", "porto", (1, 1)), lang="en")
    assert [(g.player, g.minute) for g in m.goals or []] == [
        ("Paul Scholes", 32),
        ("Costinha", 90),
    ]
