"""The outbox: announcements queued with the facts that cause them, and their delivery state.

`queue_events` runs inside the ingest transaction (the store's on_events
hook), so an announcement exists if and only if its facts were stored. Each
row is one (chat, fact, revision); the unique key makes queueing idempotent.
State changes are single statements, each one its own committed transaction,
so a kill at any moment leaves every row in exactly one known state.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

import aiosqlite

from bot.schedule.subscriptions import Delivery
from bot.schedule.timing import to_text
from storage.records import FactEvent

log = logging.getLogger(__name__)

_RECIPIENTS = (
    "SELECT DISTINCT s.platform, s.chat_id, d.chat_type, coalesce(c.lang, p.lang, d.lang_hint),"
    " c.timezone, coalesce(d.mode, 'instant'), d.digest_at, d.quiet_from, d.quiet_to"
    " FROM subscriptions s"
    " LEFT JOIN delivery d ON d.platform = s.platform AND d.chat_id = s.chat_id"
    " LEFT JOIN chat_settings c ON c.platform = s.platform AND c.chat_id = s.chat_id"
    " LEFT JOIN chat_settings p ON p.platform = s.platform AND p.chat_id = d.parent_id"
    " WHERE (s.kind = 'team' AND s.target IN ({teams}))"
    " OR (s.kind = 'competition' AND lower(s.target) = lower(?))"
)


@dataclass(frozen=True)
class Row:
    id: int
    platform: str
    chat_id: str
    event_kind: str
    fact_kind: str
    fact_id: int
    revision: int
    attempts: int
    due_at: str

    @property
    def key(self) -> str:
        """Stable across attempts: the idempotency key a platform may deduplicate by."""
        return f"{self.platform}:{self.chat_id}:{self.fact_kind}:{self.fact_id}:{self.revision}"


ROW_COLUMNS = "id, platform, chat_id, event_kind, fact_kind, fact_id, revision, attempts, due_at"


def fact_of(event: FactEvent) -> tuple[str, int] | None:
    if event.kind == "tie" or (event.match_id is None and event.tie_id is not None):
        return ("tie", event.tie_id) if event.tie_id is not None else None
    return ("match", event.match_id) if event.match_id is not None else None


async def queue_events(
    conn: aiosqlite.Connection, events: list[FactEvent], now: datetime, default_tz: str
) -> int:
    """Queue one announcement per subscribed chat and event; returns rows queued."""
    queued = 0
    for event in events:
        fact = fact_of(event)
        if fact is None or event.kind not in ("match", "tie", "correction"):
            continue
        teams = list(event.teams)
        sql = _RECIPIENTS.format(teams=",".join("?" * len(teams)) or "NULL")
        async with conn.execute(sql, (*teams, event.competition or "")) as cursor:
            chats = await cursor.fetchall()
        rows = []
        for platform, chat_id, chat_type, lang, tz, mode, digest_at, q_from, q_to in chats:
            settings = Delivery(
                platform, chat_id, chat_type or "private", lang, tz, mode, digest_at, q_from, q_to
            )
            due = settings.plan(default_tz).due(now)
            rows.append((platform, chat_id, event.kind, *fact, event.revision, to_text(due)))
        if event.revision > 1 and rows:
            await conn.executemany(
                "UPDATE outbox SET state = 'superseded' WHERE platform = ? AND chat_id = ?"
                " AND fact_kind = ? AND fact_id = ? AND revision < ? AND state = 'pending'",
                [(r[0], r[1], r[3], r[4], r[5]) for r in rows],
            )
        stamp = to_text(now)
        before = conn.total_changes
        await conn.executemany(
            "INSERT OR IGNORE INTO outbox (platform, chat_id, event_kind, fact_kind, fact_id,"
            " revision, due_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(*r, stamp) for r in rows],
        )
        queued += conn.total_changes - before
    return queued


def hook(clock, default_tz: str):
    """The store's on_events hook, bound to a clock and the default timezone."""

    async def on_events(conn: aiosqlite.Connection, events: list[FactEvent]) -> None:
        count = await queue_events(conn, events, clock.now(), default_tz)
        if count:
            log.info("queued %d announcement(s) for %d event(s)", count, len(events))

    return on_events


@dataclass(frozen=True)
class Due:
    """A due row with what the dispatcher needs to know about its chat."""

    row: Row
    mode: str
    group: bool
    lang: str | None


async def due_rows(
    conn: aiosqlite.Connection, platforms: list[str], now: datetime, limit: int = 1000
) -> list[Due]:
    marks = ",".join("?" * len(platforms))
    columns = ", ".join(f"o.{c.strip()}" for c in ROW_COLUMNS.split(","))
    async with conn.execute(
        f"SELECT {columns}, coalesce(d.mode, 'instant'), coalesce(d.chat_type, 'private'),"
        " coalesce(c.lang, p.lang, d.lang_hint) FROM outbox o"
        " LEFT JOIN delivery d ON d.platform = o.platform AND d.chat_id = o.chat_id"
        " LEFT JOIN chat_settings c ON c.platform = o.platform AND c.chat_id = o.chat_id"
        " LEFT JOIN chat_settings p ON p.platform = o.platform AND p.chat_id = d.parent_id"
        f" WHERE o.state = 'pending' AND o.due_at <= ? AND o.platform IN ({marks})"
        " ORDER BY o.due_at, o.id LIMIT ?",
        (to_text(now), *platforms, limit),
    ) as cursor:
        found = await cursor.fetchall()
    return [Due(Row(*r[:9]), r[9], r[10] != "private", r[11]) for r in found]


async def next_due(conn: aiosqlite.Connection, platforms: list[str]) -> str | None:
    marks = ",".join("?" * len(platforms))
    async with conn.execute(
        f"SELECT min(due_at) FROM outbox WHERE state = 'pending' AND platform IN ({marks})",
        tuple(platforms),
    ) as cursor:
        row = await cursor.fetchone()
    return row[0] if row else None


async def earlier_message(conn: aiosqlite.Connection, row: Row) -> str | None:
    """The message that announced an earlier revision of this fact in this chat, if any."""
    async with conn.execute(
        "SELECT message_id FROM outbox WHERE platform = ? AND chat_id = ? AND fact_kind = ?"
        " AND fact_id = ? AND revision < ? AND state = 'sent' AND message_id IS NOT NULL"
        " ORDER BY revision DESC LIMIT 1",
        (row.platform, row.chat_id, row.fact_kind, row.fact_id, row.revision),
    ) as cursor:
        found = await cursor.fetchone()
    return found[0] if found else None
