"""Participle clauses telling how goals just claimed came about (`..., cutting in from the
right, rounding the keeper, in the 33rd and 71st minutes`) tell no goal of their own: the
minutes after them are the claimed goals'."""

from bot.facts import Match
from tests.reports.helpers import goals_for


def test_minutes_after_participle_clauses_time_the_claimed_goals():
    (found,) = goals_for(
        "Napoli won 3-0 at Lazio on Sunday. Piotr Zielinski opened the scoring in the 12th "
        "minute. Then Dries Mertens took over: he scored twice, cutting in from the right, "
        "running past Francesco Acerbi and beating goalkeeper Thomas Strakosha, in the "
        "33rd and 71st minutes.",
        Match("lazio", "napoli", (0, 3)),
        lang="en",
    )
    assert [(g.player, g.minute) for g in found.goals] == [
        ("Piotr Zielinski", 12),
        ("Dries Mertens", 33),
        ("Dries Mertens", 71),
    ]
