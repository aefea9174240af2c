"""`almost` or `beinahe` as the degree of a word (`two almost identical goals`, `in front
of almost 60,000 fans`, `beinahe identische Treffer`) tells nothing that failed to
happen: the sentence still tells its goals."""

import pytest

from bot.facts import Match
from tests.reports.helpers import goals_for


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        (
            "en",
            "Napoli won 2-0 at Lazio on Sunday. In front of almost 60,000 fans Dries Mertens "
            "scored two almost identical goals, in the 33rd and 71st minutes.",
        ),
        (
            "de",
            "Neapel gewann am Sonntag 2:0 bei Lazio Rom. Vor beinahe 60.000 Zuschauern "
            "erzielte Dries Mertens zwei beinahe identische Tore (33. und 71.).",
        ),
    ],
)
def test_almost_as_a_degree_denies_no_goal(lang, body):
    (found,) = goals_for(body, Match("lazio", "napoli", (0, 2)), lang=lang)
    assert [(g.player, g.minute) for g in found.goals] == [
        ("Dries Mertens", 33),
        ("Dries Mertens", 71),
    ]
