"""A goal told by its noun with its time, the scorer at the head of the when-clause
after it (`The equalizer came in the 64th minute, when forward Robbie Findley beat
goalkeeper Donovan Ricketts`), from set 31's MLS Cup final; sentences written for these
tests."""

from __future__ import annotations

from bot.facts import Match
from tests.reports.helpers import goals_for


def scorers(match: Match) -> list[tuple]:
    return [(g.minute, g.player) for g in match.goals or []]


def _bayern() -> Match:
    return Match("bayern-munich", "borussia-dortmund", (2, 1))


def test_the_scorer_heads_the_when_clause_en():
    (match,) = goals_for(
        "Bayern beat Dortmund 2-1. The equalizer came in the 64th minute, when forward "
        "Harry Kane beat goalkeeper Gregor Kobel.",
        _bayern(),
    )
    assert scorers(match) == [(64, "Harry Kane")]


def test_the_scorer_heads_the_als_clause_de():
    (match,) = goals_for(
        "Bayern gewann 2:1 gegen Dortmund. Der Ausgleich fiel in der 64. Minute, als Harry "
        "Kane aus kurzer Distanz traf.",
        _bayern(),
        lang="de",
    )
    assert scorers(match) == [(64, "Harry Kane")]
