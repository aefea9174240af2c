"""What queries hand back: stored facts with the reports that state them."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from bot.facts import Dismissal, Goal, Match, Tie

EVENT_FIELDS = ("goal", "dismissal")


@dataclass(frozen=True)
class Source:
    """A report a fact came from; replies name these in their last line."""

    report_id: int
    source: str
    published: str | None
    lang: str
    title: str | None = None


@dataclass(frozen=True)
class EventValue:
    """A goal or card as a conflict row keeps it (JSON in the row's text), so a reply can
    name the team and write the minute in the chat's language without reading text back."""

    player: str | None
    team: str | None
    minute: int | None
    added: int | None = None

    @classmethod
    def of(cls, fact: Goal | Dismissal) -> EventValue:
        return cls(fact.player, fact.team, fact.minute, fact.added)

    @classmethod
    def parse(cls, text: str) -> EventValue | None:
        """The value stored by `to_json`, or None for anything else (rows written
        before conflicts kept events as JSON hold plain text)."""
        try:
            data = json.loads(text)
        except ValueError:
            return None
        if not isinstance(data, dict):
            return None
        return cls(data.get("player"), data.get("team"), data.get("minute"), data.get("added"))

    def to_json(self) -> str:
        fields = {"player": self.player, "team": self.team, "minute": self.minute}
        return json.dumps({**fields, "added": self.added}, ensure_ascii=False)

    def text(self) -> str:
        """Plain form for logs and the ingest summary: `Kostas Manolas (roma) 82'`."""
        minute = "?" if self.minute is None else str(self.minute)
        if self.added:
            minute += f"+{self.added}"
        return f"{self.player or '?'} ({self.team or '?'}) {minute}'"


@dataclass(frozen=True)
class Conflict:
    """A report said something else than the store holds; nothing was overwritten."""

    field: str
    stored: str
    reported: str
    source: Source

    def event(self, value: str) -> EventValue | None:
        """`value` (this conflict's stored or reported text) as a goal or card, if it is one."""
        return EventValue.parse(value) if self.field in EVENT_FIELDS and value else None

    def plain(self, value: str) -> str:
        """`value` as plain text, for logs and the ingest summary."""
        event = self.event(value)
        return event.text() if event is not None else value


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
