"""What each chat follows and how it wants news, kept in SQLite across restarts.

Writes go through the store's write transaction, so a settings change and the
rescheduling of that chat's waiting announcements happen together.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import aiosqlite

from bot.schedule.timing import Plan, Quiet, parse_hhmm, to_text, zone
from storage.queries import set_chat_field
from storage.sqlite import SqliteStore

KINDS = ("team", "competition")


@dataclass(frozen=True)
class Subscription:
    kind: str
    target: str


@dataclass(frozen=True)
class Delivery:
    """A chat's delivery settings; defaults for a chat that never set any."""

    platform: str
    chat_id: str
    chat_type: str = "private"
    lang: str | None = None
    timezone: str | None = None
    mode: str = "instant"
    digest_at: str | None = None
    quiet_from: str | None = None
    quiet_to: str | None = None

    def plan(self, default_tz: str) -> Plan:
        quiet = None
        start, end = parse_hhmm(self.quiet_from or ""), parse_hhmm(self.quiet_to or "")
        if start and end:
            quiet = Quiet(start, end)
        return Plan(
            tz=zone(self.timezone, default_tz),
            mode=self.mode,
            digest_at=parse_hhmm(self.digest_at or ""),
            quiet=quiet,
        )


_DELIVERY = (
    "SELECT d.chat_type, coalesce(c.lang, p.lang, d.lang_hint), c.timezone, d.mode,"
    " d.digest_at, d.quiet_from, d.quiet_to FROM delivery d LEFT JOIN chat_settings c"
    " ON c.platform = d.platform AND c.chat_id = d.chat_id"
    " LEFT JOIN chat_settings p ON p.platform = d.platform AND p.chat_id = d.parent_id"
    " WHERE d.platform = ? AND d.chat_id = ?"
)


async def delivery(conn: aiosqlite.Connection, platform: str, chat_id: str) -> Delivery:
    async with conn.execute(_DELIVERY, (platform, chat_id)) as cursor:
        row = await cursor.fetchone()
    if row is None:
        async with conn.execute(
            "SELECT lang, timezone FROM chat_settings WHERE platform = ? AND chat_id = ?",
            (platform, chat_id),
        ) as cursor:
            settings = await cursor.fetchone()
        if settings is None:
            return Delivery(platform, chat_id)
        return Delivery(platform, chat_id, lang=settings[0], timezone=settings[1])
    return Delivery(platform, chat_id, *row)


async def subscriptions(
    conn: aiosqlite.Connection, platform: str, chat_id: str
) -> list[Subscription]:
    async with conn.execute(
        "SELECT kind, target FROM subscriptions WHERE platform = ? AND chat_id = ?"
        " ORDER BY kind DESC, target",
        (platform, chat_id),
    ) as cursor:
        return [Subscription(row[0], row[1]) for row in await cursor.fetchall()]


class Subscriptions:
    """Changes to a chat's subscriptions and delivery settings."""

    def __init__(self, store: SqliteStore, default_tz: str = "UTC") -> None:
        self.store = store
        self.default_tz = default_tz

    async def list(self, platform: str, chat_id: str) -> list[Subscription]:
        return await subscriptions(self.store.reader, platform, str(chat_id))

    async def delivery(self, platform: str, chat_id: str) -> Delivery:
        return await delivery(self.store.reader, platform, str(chat_id))

    async def subscribe(
        self,
        platform: str,
        chat_id: str,
        kind: str,
        target: str,
        now: datetime,
        chat_type: str = "private",
        lang_hint: str | None = None,
        parent_id: str | None = None,
    ) -> bool:
        """Follow a team or competition; False if the chat already did.

        `parent_id` names the chat whose language applies when this one has none
        of its own (a Discord channel's server); `lang_hint` comes after both.
        """
        if kind not in KINDS:
            raise ValueError(f"unknown subscription kind {kind!r}")
        async with self.store.transaction() as conn:
            await _ensure_delivery(
                conn, platform, str(chat_id), now, chat_type, lang_hint, parent_id
            )
            cursor = await conn.execute(
                "INSERT OR IGNORE INTO subscriptions (platform, chat_id, kind, target, created_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (platform, str(chat_id), kind, target, to_text(now)),
            )
            return cursor.rowcount > 0

    async def unsubscribe(
        self, platform: str, chat_id: str, kind: str | None, target: str | None
    ) -> int:
        """Stop following one target, or everything when target is None; returns rows removed."""
        sql = "DELETE FROM subscriptions WHERE platform = ? AND chat_id = ?"
        params: tuple[str, ...] = (platform, str(chat_id))
        if target is not None:
            sql += " AND kind = ? AND target = ?"
            params += (kind or "team", target)
        async with self.store.transaction() as conn:
            cursor = await conn.execute(sql, params)
            return cursor.rowcount

    async def set_timezone(self, platform: str, chat_id: str, name: str, now: datetime) -> None:
        async with self.store.transaction() as conn:
            await set_chat_field(conn, platform, str(chat_id), "timezone", name)
            await self._reschedule(conn, platform, str(chat_id), now)

    async def set_delivery(
        self, platform: str, chat_id: str, mode: str, digest_at: str | None, now: datetime
    ) -> None:
        async with self.store.transaction() as conn:
            await _ensure_delivery(conn, platform, str(chat_id), now)
            await conn.execute(
                "UPDATE delivery SET mode = ?, digest_at = ?, updated_at = ?"
                " WHERE platform = ? AND chat_id = ?",
                (mode, digest_at, to_text(now), platform, str(chat_id)),
            )
            await self._reschedule(conn, platform, str(chat_id), now)

    async def set_quiet(
        self, platform: str, chat_id: str, start: str | None, end: str | None, now: datetime
    ) -> None:
        async with self.store.transaction() as conn:
            await _ensure_delivery(conn, platform, str(chat_id), now)
            await conn.execute(
                "UPDATE delivery SET quiet_from = ?, quiet_to = ?, updated_at = ?"
                " WHERE platform = ? AND chat_id = ?",
                (start, end, to_text(now), platform, str(chat_id)),
            )
            await self._reschedule(conn, platform, str(chat_id), now)

    async def _reschedule(
        self, conn: aiosqlite.Connection, platform: str, chat_id: str, now: datetime
    ) -> None:
        """Waiting announcements follow the chat's new settings from now on."""
        settings = await delivery(conn, platform, chat_id)
        due = to_text(settings.plan(self.default_tz).due(now))
        await conn.execute(
            "UPDATE outbox SET due_at = ? WHERE platform = ? AND chat_id = ? AND state = 'pending'"
            " AND attempts = 0",
            (due, platform, chat_id),
        )


async def _ensure_delivery(
    conn: aiosqlite.Connection,
    platform: str,
    chat_id: str,
    now: datetime,
    chat_type: str | None = None,
    lang_hint: str | None = None,
    parent_id: str | None = None,
) -> None:
    await conn.execute(
        "INSERT INTO delivery (platform, chat_id, chat_type, lang_hint, parent_id, updated_at)"
        " VALUES (?, ?, coalesce(?, 'private'), ?, ?, ?) ON CONFLICT (platform, chat_id)"
        " DO UPDATE SET chat_type = coalesce(?, chat_type), lang_hint = coalesce(?, lang_hint),"
        " parent_id = coalesce(?, parent_id), gone_reason = NULL",
        (
            platform,
            chat_id,
            chat_type,
            lang_hint,
            parent_id,
            to_text(now),
            chat_type,
            lang_hint,
            parent_id,
        ),
    )
