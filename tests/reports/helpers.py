"""Small helpers for the reader tests: read a text and look facts up by team."""

from __future__ import annotations

from bot.facts import Match, ReportFacts, Tie
from bot.reports.goals.placing import attach_goals
from bot.reports.reader import read_report
from bot.reports.text.document import TeamMention, build_document
from bot.teams.resolver import TeamResolver

RESOLVER = TeamResolver.default()


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


def goals_for(body: str, *matches: Match, lang: str | None = None) -> list[Match]:
    """Attach the goals a body of text states to matches given by hand, so a goal
    test does not depend on how the matches themselves are read."""
    doc = build_document(" date 2025-03-13 " + body, RESOLVER, lang)
    attach_goals(doc, list(matches))
    return list(matches)


def mention_at(text: str, name: str, prep: str) -> TeamMention:
    """A mention of `name` where it first stands in `text`, after the word `prep`."""
    start = text.index(name)
    return TeamMention(start, start + len(name), "x", name, False, prep)
