"""A bot killed with SIGKILL mid fan-out, then restarted: each chat gets exactly one message."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

import pytest

from bot.clock import FakeClock
from bot.schedule.subscriptions import Subscriptions
from storage.sqlite import SqliteStore
from tests.schedule.support import DEFAULT_TZ, ingest, report_facts, utc
from tests.support.telegram_standin import TelegramStandIn

pytestmark = pytest.mark.asyncio

ROOT = Path(__file__).resolve().parents[2]
CHATS = [-1_000_000 - n for n in range(200)]
KILL_AT = 80


class KillingStandIn(TelegramStandIn):
    """Kills the bot the moment it has taken the bot's Nth message, before answering it.

    That is the one window exactly-once cannot close: Telegram has the message
    but the bot never learns so. The bot must not send it again on restart.
    """

    victim: int | None = None

    async def _answer(self, call, status, description="", retry_after=None, result=None):
        response = await super()._answer(call, status, description, retry_after, result)
        if self.victim and call.method == "sendMessage" and len(self.sent()) == KILL_AT:
            os.kill(self.victim, signal.SIGKILL)
            self.victim = None
            await asyncio.sleep(0.2)
        return response


async def queue_fan_out(db_path: Path) -> None:
    clock = FakeClock(utc(2025, 4, 10, 12, 0))
    store = await SqliteStore.open(db_path)
    try:
        subs = Subscriptions(store, DEFAULT_TZ)
        for chat in CHATS:
            await subs.subscribe("telegram", str(chat), "team", "inter-miami", clock.now(), "group")
        await ingest(store, report_facts("r1", (3, 1)), clock)
    finally:
        await store.close()


async def run_bot(tg: TelegramStandIn, db_path: Path) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "tests.schedule.dispatch_child",
        str(db_path),
        tg.base_url,
        tg.token,
        cwd=ROOT,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )


async def outbox_states(db_path: Path) -> dict[str, int]:
    store = await SqliteStore.open(db_path)
    try:
        rows = await store.execute_read("SELECT state, count(*) FROM outbox GROUP BY state")
        return {row[0]: row[1] for row in rows}
    finally:
        await store.close()


async def test_sigkill_mid_fan_out_then_restart_sends_each_chat_exactly_once(db_path):
    await queue_fan_out(db_path)
    async with KillingStandIn() as tg:
        first = await run_bot(tg, db_path)
        tg.victim = first.pid
        _, err = await asyncio.wait_for(first.communicate(), 60)
        assert first.returncode == -signal.SIGKILL, err.decode()
        assert len(tg.sent()) == KILL_AT
        second = await run_bot(tg, db_path)
        _, err = await asyncio.wait_for(second.communicate(), 60)
        assert second.returncode == 0, err.decode()
        per_chat = {chat: len(tg.sent(chat)) for chat in CHATS}
        assert set(per_chat.values()) == {1}, {c: n for c, n in per_chat.items() if n != 1}
        assert len(tg.sent()) == len(CHATS)
    states = await outbox_states(db_path)
    assert states == {"sent": len(CHATS) - 1, "unknown": 1}
    assert "interrupted" in err.decode()
