"""The real store: one SQLite file in WAL mode, reached through aiosqlite.

Writes go through one connection under a lock, one report per transaction
(BEGIN IMMEDIATE ... COMMIT), so a failure or a kill part-way leaves the store
as it was before that report. The queries the commands make run on a plain
sqlite3 connection in its own thread, one trip per query (storage.reading);
a second aiosqlite connection serves the other parts that read with SQL of
their own. In WAL mode both see only committed facts and never wait for a writer.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import aiosqlite

from bot.facts import ReportFacts
from bot.teams.resolver import Alias
from storage import queries
from storage.merge import ingest_report
from storage.protocol import EventHook
from storage.reading import ReadConnection, SnapshotMemo
from storage.records import (
    ChatSettings,
    IngestResult,
    StoredMatch,
    StoredTie,
    TeamSummary,
)
from storage.reports import ReportInfo, facts_of_report, list_reports
from storage.schema import migrate

BUSY_TIMEOUT_MS = 10_000


async def connect(path: str | Path) -> aiosqlite.Connection:
    """A connection with the settings every user of the file needs (WAL, foreign keys)."""
    conn = await aiosqlite.connect(str(path), isolation_level=None)
    conn.row_factory = aiosqlite.Row
    await conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    await conn.execute("PRAGMA journal_mode = WAL")
    await conn.execute("PRAGMA synchronous = NORMAL")
    await conn.execute("PRAGMA foreign_keys = ON")
    return conn


class SqliteStore:
    """Implements storage.protocol.Store; open with `await SqliteStore.open(path)`."""

    def __init__(
        self,
        path: Path,
        write: aiosqlite.Connection,
        read: aiosqlite.Connection,
        reads: ReadConnection,
    ):
        self.path = path
        self._write = write
        self._read = read
        self._reads = reads
        self._summaries = SnapshotMemo(queries.team_summary)
        self._lock = asyncio.Lock()
        self._closed = False

    @classmethod
    async def open(cls, path: str | Path) -> SqliteStore:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        write = await connect(path)
        read: aiosqlite.Connection | None = None
        try:
            await migrate(write)
            read = await connect(path)
            reads = await ReadConnection.open(path)
        except BaseException:
            if read is not None:
                await read.close()
            await write.close()
            raise
        return cls(path, write, read, reads)

    async def __aenter__(self) -> SqliteStore:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        try:
            await self._reads.close()
        finally:
            await self._read.close()
            await self._write.close()

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """The write connection inside BEGIN IMMEDIATE; committed on success, else rolled back.

        For other parts (the outbox, subscriptions) that write their own tables
        and must not interleave with an ingest.
        """
        async with self._lock:
            await self._write.execute("BEGIN IMMEDIATE")
            try:
                yield self._write
            except BaseException:
                await self._write.rollback()
                raise
            else:
                await self._write.commit()

    @property
    def reader(self) -> aiosqlite.Connection:
        """The read connection: committed data only."""
        return self._read

    async def ingest(self, facts: ReportFacts, on_events: EventHook | None = None) -> IngestResult:
        async with self.transaction() as conn:
            return await ingest_report(conn, facts, on_events)

    async def has_report(self, sha256: str) -> bool:
        return await self._reads.run(queries.report_id, sha256) is not None

    async def known_teams(self) -> set[str]:
        return await self._reads.run(queries.known_teams)

    async def learned_aliases(self) -> list[Alias]:
        return await self._reads.run(queries.learned_aliases)

    async def ties_between(self, team_a: str, team_b: str) -> list[StoredTie]:
        return await self._reads.run(queries.ties_between, team_a, team_b)

    async def ties_of(self, team: str, limit: int = 10) -> list[StoredTie]:
        return await self._reads.run(queries.ties_of, team, limit)

    async def matches(
        self, team: str, opponent: str | None = None, limit: int = 10
    ) -> list[StoredMatch]:
        return await self._reads.run(queries.matches, team, opponent, limit)

    async def match(self, match_id: int) -> StoredMatch | None:
        return await self._reads.run(queries.match, match_id)

    async def tie(self, tie_id: int) -> StoredTie | None:
        return await self._reads.run(queries.tie, tie_id)

    async def team_summary(self, team: str) -> TeamSummary | None:
        return await self._reads.run(self._summaries, team)

    async def counts(self) -> dict[str, int]:
        """Rows per fact table: reports, matches, goals, dismissals, ties, conflicts."""
        return await self._reads.run(queries.counts)

    async def chat_settings(self, platform: str, chat_id: str) -> ChatSettings:
        return await self._reads.run(queries.chat_settings, platform, chat_id)

    async def set_chat_language(self, platform: str, chat_id: str, lang: str) -> None:
        async with self.transaction() as conn:
            await queries.set_chat_field(conn, platform, chat_id, "lang", lang)

    async def set_chat_timezone(self, platform: str, chat_id: str, timezone: str) -> None:
        async with self.transaction() as conn:
            await queries.set_chat_field(conn, platform, chat_id, "timezone", timezone)

    async def facts_of_report(self, report_id: int) -> ReportFacts:
        """What the store attributes to one report, as that report stated it."""
        return await facts_of_report(self._read, report_id)

    async def reports(self) -> list[ReportInfo]:
        return await list_reports(self._read)

    async def report_id(self, sha256: str) -> int | None:
        return await self._reads.run(queries.report_id, sha256)

    async def execute_read(self, sql: str, params: tuple[Any, ...] = ()) -> list[aiosqlite.Row]:
        """A read-only query for tests and tools (parameters always bound, never formatted)."""
        async with self._read.execute(sql, params) as cursor:
            return list(await cursor.fetchall())
