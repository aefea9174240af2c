"""Test helpers for announcements: hand-built report facts and ingesting them with the hook."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.facts import Goal, Match, ReportFacts
from bot.schedule.outbox import hook
from tests.support.facts import report

DEFAULT_TZ = "Europe/Berlin"


def report_facts(
    name: str,
    score: tuple[int, int],
    home: str = "inter-miami",
    away: str = "lafc",
    date: str = "2025-04-09",
    goals: list[Goal] | None = None,
    competition: str = "CONCACAF Champions Cup",
    leg: int | None = None,
) -> ReportFacts:
    """The facts of one short report, as the reader would give them."""
    text = f"{name}: {home} {score[0]}-{score[1]} {away} on {date}"
    stated = report(f"{name}.txt", date, title=name, text=text)
    match = Match(
        home=home,
        away=away,
        score=score,
        competition=competition,
        season="2025",
        stage="quarter-final",
        leg=leg,
        date=date,
        goals=goals,
    )
    return ReportFacts(report=stated, matches=[match])


async def ingest(store, facts: ReportFacts, clock) -> None:
    await store.ingest(facts, on_events=hook(clock, DEFAULT_TZ))


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)
