"""`two minutes later the Spanish striker added another after Fernando Redondo's backheel
left Henning Berg stranded`: a name whose possessive is a set-up (a backheel, a flick, a
lay-off, `Ablage`) is no other scorer of the relative time's clause, so the goal keeps its
time (set 42 lost Raúl's second). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read


@pytest.mark.parametrize("setup", ["backheel", "flick", "lay-off"])
def test_a_set_up_is_no_other_scorer(setup: str) -> None:
    body = (
        "Real Madrid won 2-0 at Barcelona. Vinícius Júnior beat the goalkeeper from close "
        "range in the 20th minute, and two minutes later the Brazilian added another after "
        f"Luka Modrić's {setup} on the left touchline left Ronald Araújo stranded and the "
        "Croatian midfielder squared the ball into the six-yard box."
    )
    m = match(read(" date 2025-03-13 " + body), "barcelona", "real-madrid")
    assert [(g.player, g.minute) for g in m.goals or []] == [
        ("Vinícius Júnior", 20),
        ("Vinícius Júnior", 22),
    ]
