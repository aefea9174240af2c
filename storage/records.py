"""What queries hand back: stored facts with the reports that state them."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.facts import Match, Tie


@dataclass(frozen=True)
class Source:
    """A report a fact came from; replies name these in their last line."""

    report_id: int
    source: str
    published: str | None
    lang: str
    title: str | None = None


@dataclass(frozen=True)
class Conflict:
    """A report said something else than the store holds; nothing was overwritten."""

    field: str
    stored: str
    reported: str
    source: Source


@dataclass
class StoredMatch:
    id: int
    match: Match
    sources: tuple[Source, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    revision: int = 1


@dataclass
class StoredTie:
    """A tie paired from its legs; `tie` holds the computed aggregate and winner."""

    id: int
    tie: Tie
    first_leg: StoredMatch | None = None
    second_leg: StoredMatch | None = None
    sources: tuple[Source, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    revision: int = 1


@dataclass(frozen=True)
class FactEvent:
    """Something new an ingest caused, that subscribers may want announced.

    kind: match (a new result), tie (a tie now decided), correction (a report
    disagreed with a stored fact; revision counts up). Passed to the ingest's
    `on_events` hook inside the same transaction that stored the facts.
    """

    kind: str
    teams: tuple[str, ...]
    competition: str | None
    match_id: int | None = None
    tie_id: int | None = None
    revision: int = 1


@dataclass
class IngestResult:
    report_id: int | None
    duplicate: bool = False
    matches_added: int = 0
    goals_added: int = 0
    dismissals_added: int = 0
    ties_added: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    events: list[FactEvent] = field(default_factory=list)


@dataclass(frozen=True)
class TeamSummary:
    team: str
    matches: int
    wins: int
    draws: int
    losses: int
    competitions: tuple[str, ...]
    first_date: str | None
    last_date: str | None


@dataclass(frozen=True)
class ChatSettings:
    platform: str
    chat_id: str
    lang: str | None = None
    timezone: str | None = None
