"""Delivery state changes of outbox rows: claim before sending, then sent, retry or drop.

Each change is committed before the dispatcher moves on. In particular a row is
committed as 'sending' before its request leaves, so after a kill the rows
whose outcome is unknown are exactly the ones still 'sending'.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from bot.schedule.outbox import Row
from bot.schedule.timing import to_text
from storage.sqlite import SqliteStore

log = logging.getLogger(__name__)


CLAIM = (
    "UPDATE outbox SET state = 'sending', claim = ?, attempts = attempts + 1,"
    " edited_message_id = ? WHERE id = ? AND state = 'pending'"
)
SENT = (
    "UPDATE outbox SET state = 'sent', message_id = ?, sent_at = ?, error = NULL"
    " WHERE claim = ? AND state = 'sending'"
)
RETRY = (
    "UPDATE outbox SET state = 'pending', claim = NULL, due_at = ?, error = ?"
    " WHERE claim = ? AND state = 'sending'"
)
GIVE_UP = "UPDATE outbox SET state = ?, error = ? WHERE claim = ? AND state = 'sending'"
UNCLAIM = (
    "UPDATE outbox SET state = 'pending', claim = NULL, attempts = attempts - 1"
    " WHERE claim = ? AND state = 'sending'"
)


@dataclass
class _Op:
    sql: str
    params: list[tuple]
    token: str
    done: asyncio.Future[bool]


class Journal:
    """Group commit: state changes queued by many senders go into one transaction.

    Each caller awaits the commit that holds its change, so "claimed before the
    request leaves" still holds for every row; the fan-out just pays one
    transaction for many rows instead of one each.
    """

    def __init__(self, store: SqliteStore) -> None:
        self.store = store
        self._queue: list[_Op] = []
        self._flushing: asyncio.Task[None] | None = None

    async def claim(self, rows: Sequence[Row], token: str, edit_of: str | None) -> bool:
        """Mark rows 'sending' under one claim; False (and nothing changed) if any was taken."""
        params = [(token, edit_of, row.id) for row in rows]
        return await self._submit(CLAIM, params, token)

    async def sent(self, token: str, message_id: str, now: datetime) -> None:
        await self._submit(SENT, [(message_id, to_text(now), token)], token)

    async def retry(self, token: str, due: datetime, error: str) -> None:
        """Back to pending: the platform refused or failed, so the message did not go out."""
        await self._submit(RETRY, [(to_text(due), error[:500], token)], token)

    async def give_up(self, token: str, state: str, error: str) -> None:
        """A final state other than sent: failed (too many attempts) or unknown."""
        await self._submit(GIVE_UP, [(state, error[:500], token)], token)

    async def _submit(self, sql: str, params: list[tuple], token: str) -> bool:
        done: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
        self._queue.append(_Op(sql, params, token, done))
        if self._flushing is None or self._flushing.done():
            self._flushing = asyncio.create_task(self._flush())
        return await done

    async def _flush(self) -> None:
        while self._queue:
            await asyncio.sleep(0)
            ops, self._queue = self._queue, []
            try:
                await self._apply(ops)
            except BaseException as error:
                for op in ops:
                    if not op.done.done():
                        op.done.set_exception(error)
                if not isinstance(error, Exception):
                    raise

    async def _apply(self, ops: list[_Op]) -> None:
        by_sql: dict[str, list[_Op]] = {}
        for op in ops:
            by_sql.setdefault(op.sql, []).append(op)
        failed: set[str] = set()
        async with self.store.transaction() as conn:
            for sql, group in by_sql.items():
                params = [p for op in group for p in op.params]
                before = conn.total_changes
                await conn.executemany(sql, params)
                if sql == CLAIM and conn.total_changes - before != len(params):
                    failed = await _lost_claims(conn, group)
                    await conn.executemany(UNCLAIM, [(token,) for token in failed])
        for op in ops:
            op.done.set_result(op.token not in failed)


async def _lost_claims(conn, group: list[_Op]) -> set[str]:
    """Claims that did not get all their rows (another dispatcher, or a superseded row)."""
    failed = set()
    for op in group:
        async with conn.execute(
            "SELECT count(*) FROM outbox WHERE claim = ? AND state = 'sending'", (op.token,)
        ) as cursor:
            row = await cursor.fetchone()
        if row[0] != len(op.params):
            failed.add(op.token)
    return failed


async def chat_gone(
    store: SqliteStore, platform: str, chat_id: str, reason: str, now: datetime
) -> int:
    """Unsubscribe a chat the platform says is gone and drop what was waiting for it."""
    async with store.transaction() as conn:
        await conn.execute(
            "DELETE FROM subscriptions WHERE platform = ? AND chat_id = ?", (platform, chat_id)
        )
        await conn.execute(
            "UPDATE delivery SET gone_reason = ?, updated_at = ?"
            " WHERE platform = ? AND chat_id = ?",
            (reason[:500], to_text(now), platform, chat_id),
        )
        cursor = await conn.execute(
            "UPDATE outbox SET state = 'dropped', error = ? WHERE platform = ? AND chat_id = ?"
            " AND state IN ('pending', 'sending')",
            (reason[:500], platform, chat_id),
        )
        return cursor.rowcount


async def recover(store: SqliteStore, platform: str, idempotent: bool) -> tuple[int, int]:
    """After a restart: decide about rows a crash left 'sending'. Returns (re-queued, unknown).

    An edit may always be repeated (it sets the same text again). A new message
    is re-queued only where the platform deduplicates by key; elsewhere it is
    marked 'unknown' and logged, so that no chat ever gets it twice.
    """
    async with store.transaction() as conn:
        async with conn.execute(
            "SELECT id, chat_id, fact_kind, fact_id, revision, edited_message_id FROM outbox"
            " WHERE platform = ? AND state = 'sending'",
            (platform,),
        ) as cursor:
            rows = await cursor.fetchall()
        again = [r[0] for r in rows if idempotent or r[5] is not None]
        unknown = [r for r in rows if r[0] not in set(again)]
        await conn.executemany(
            "UPDATE outbox SET state = 'pending', claim = NULL WHERE id = ?", [(i,) for i in again]
        )
        await conn.executemany(
            "UPDATE outbox SET state = 'unknown', error = 'interrupted while sending' WHERE id = ?",
            [(r[0],) for r in unknown],
        )
    for r in unknown:
        log.warning(
            "%s chat %s: the send of %s %s revision %s was interrupted; it may or may not have"
            " arrived, and it is not sent again",
            platform,
            r[1],
            r[2],
            r[3],
            r[4],
        )
    return len(again), len(unknown)
