"""`where Kimpembe and Mbappe scored in the 53rd and 60th minutes`: two scorers joined by
`and`, then two minutes joined by `and`, pair in order; set 32 read both goals as the
nearer name's. Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.facts import Match
from tests.reports.helpers import goals_for

CASES = [
    (
        "Napoli won 2-0 at Lazio on Sunday, where Victor Osimhen and Khvicha Kvaratskhelia "
        "scored in the 31st and 74th minutes.",
        "en",
    ),
    (
        "Napoli gewann am Sonntag mit 2:0 bei Lazio Rom, wo Victor Osimhen und Khvicha "
        "Kvaratskhelia in der 31. und 74. Minute trafen.",
        "de",
    ),
]


@pytest.mark.parametrize(("body", "lang"), CASES)
def test_two_scorers_and_two_minutes_pair_in_order(body: str, lang: str) -> None:
    (m,) = goals_for(body, Match("lazio", "napoli", (0, 2)), lang=lang)
    assert [(g.player, g.minute) for g in m.goals or []] == [
        ("Victor Osimhen", 31),
        ("Khvicha Kvaratskhelia", 74),
    ]
