"""The store seam: what the core and the ingest path need from storage.

`storage.sqlite.SqliteStore` is the real one (aiosqlite, one file, WAL).
Tests use the real one on a temporary file; this protocol is what a
different backend would have to provide.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from contextlib import AbstractAsyncContextManager
from typing import Any, Protocol

from bot.facts import ReportFacts
from bot.teams.resolver import Alias
from storage.records import (
    ChatSettings,
    FactEvent,
    IngestResult,
    StoredMatch,
    StoredTie,
    TeamSummary,
)

EventHook = Callable[[Any, list[FactEvent]], Awaitable[None]]


class Store(Protocol):
    async def ingest(self, facts: ReportFacts, on_events: EventHook | None = None) -> IngestResult:
        """Store one report's facts in one transaction, merging with what is there.

        `on_events(connection, events)` runs inside that transaction, so that
        announcements are queued if and only if the facts are stored.
        """

    async def has_report(self, sha256: str) -> bool: ...

    async def known_teams(self) -> set[str]:
        """Team ids the store holds at least one match or tie of."""

    async def learned_aliases(self) -> list[Alias]: ...

    async def ties_between(self, team_a: str, team_b: str) -> list[StoredTie]:
        """Newest first."""

    async def ties_of(self, team: str, limit: int = 10) -> list[StoredTie]: ...

    async def matches(
        self, team: str, opponent: str | None = None, limit: int = 10
    ) -> list[StoredMatch]:
        """Newest first; undated matches last."""

    async def match(self, match_id: int) -> StoredMatch | None: ...

    async def tie(self, tie_id: int) -> StoredTie | None: ...

    async def team_summary(self, team: str) -> TeamSummary | None: ...

    async def chat_settings(self, platform: str, chat_id: str) -> ChatSettings: ...

    async def set_chat_language(self, platform: str, chat_id: str, lang: str) -> None: ...

    async def set_chat_timezone(self, platform: str, chat_id: str, timezone: str) -> None: ...

    async def facts_of_report(self, report_id: int) -> ReportFacts:
        """What the store attributes to one report, as that report stated it (for eval)."""

    async def reports(self) -> list[Any]:
        """Every stored report (storage.reports.ReportInfo), oldest first."""

    async def counts(self) -> dict[str, int]:
        """Rows per fact table: reports, matches, goals, dismissals, ties, conflicts, claims."""

    def transaction(self) -> AbstractAsyncContextManager[Any]:
        """The write connection inside one transaction, serialised with ingests."""

    async def close(self) -> None: ...
