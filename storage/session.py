"""One report's ingest while it runs: its connection, its source, and what it changed so far."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import aiosqlite

from bot.facts import Dismissal, Goal
from storage.records import Conflict, EventValue, IngestResult, Source


@dataclass
class Session:
    """What one report's ingest knows while it runs: its id, source, and what it changed."""

    conn: aiosqlite.Connection
    report_id: int
    source: Source
    result: IngestResult
    touched_matches: list[int] = field(default_factory=list)
    revised: set[tuple[str, int]] = field(default_factory=set)
    claims: list[tuple[Any, ...]] = field(default_factory=list)
    teams: set[str] = field(default_factory=set)
    competitions: dict[str, int] = field(default_factory=dict)
    paired_ties: dict[frozenset, int] = field(default_factory=dict)
    """The tie each pair of teams' legs in this report made: the report's own statement
    of that pair's tie is that tie, whether or not either names a season."""

    async def one(self, sql: str, params: tuple[Any, ...] = ()) -> Any:
        rows = await self.conn.execute_fetchall(sql, params)
        return rows[0] if rows else None

    async def all(self, sql: str, params: tuple[Any, ...] = ()) -> list[Any]:
        return list(await self.conn.execute_fetchall(sql, params))

    async def insert(self, sql: str, params: tuple[Any, ...]) -> int:
        row = await self.conn.execute_insert(sql, params)
        return int(row[0])

    async def team(self, team_id: str | None) -> None:
        if team_id and team_id not in self.teams:
            await self.conn.execute("INSERT OR IGNORE INTO teams (id) VALUES (?)", (team_id,))
            self.teams.add(team_id)

    async def competition(self, name: str | None) -> int | None:
        if not name:
            return None
        if name not in self.competitions:
            await self.conn.execute("INSERT OR IGNORE INTO competitions (name) VALUES (?)", (name,))
            row = await self.one("SELECT id FROM competitions WHERE name = ?", (name,))
            self.competitions[name] = int(row[0])
        return self.competitions[name]

    async def claim(
        self, kind: str, fact_id: int, stated: str, sentence: str, match_id: int | None = None
    ) -> None:
        """Note that this report states this fact; written in one batch by `flush`."""
        self.claims.append((self.report_id, kind, fact_id, match_id, sentence or "", stated))

    async def flush(self) -> None:
        if self.claims:
            await self.conn.executemany(
                "INSERT INTO claims (report_id, kind, fact_id, match_id, sentence, stated)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                self.claims,
            )
            self.claims = []

    async def conflict(
        self, kind: str, fact_id: int, name: str, stored: Any, reported: Any
    ) -> None:
        """Record that this report disagrees; the stored value stays."""
        record = Conflict(name, _text(stored), _text(reported), self.source)
        await self.conn.execute(
            "INSERT INTO conflicts (report_id, kind, fact_id, field, stored, reported)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (self.report_id, kind, fact_id, name, record.stored, record.reported),
        )
        self.result.conflicts.append(record)
        self.revised.add((kind, fact_id))


def _text(value: Any) -> str:
    if isinstance(value, Goal | Dismissal):
        return EventValue.of(value).to_json()
    if isinstance(value, tuple | list) and len(value) == 2:
        return f"{value[0]}-{value[1]}"
    return "" if value is None else str(value)
