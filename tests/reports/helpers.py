"""Small helpers for the reader tests: read a text and look facts up by team."""

from __future__ import annotations

from bot.facts import Match, ReportFacts, Tie
from bot.reports.reader import read_report


def read(text: str) -> ReportFacts:
    return read_report(text, "test")


def match(facts: ReportFacts, home: str, away: str) -> Match:
    found = [m for m in facts.matches if (m.home, m.away) == (home, away)]
    assert len(found) == 1, f"expected one {home} v {away}, got {facts.matches}"
    return found[0]


def tie(facts: ReportFacts, *teams: str) -> Tie:
    found = [t for t in facts.ties if set(t.teams) == set(teams)]
    assert len(found) == 1, f"expected one tie {teams}, got {facts.ties}"
    return found[0]


def pairs(facts: ReportFacts) -> set[tuple[str, str, tuple[int, int]]]:
    return {(m.home, m.away, m.score) for m in facts.matches}
