"""Stopping the bot lets an announcement under way finish before the Telegram sender closes."""

from __future__ import annotations

import asyncio

import pytest

from adapters.telegram import serve
from bot.app import App
from bot.clock import FakeClock
from bot.schedule.subscriptions import Subscriptions
from tests.schedule.conftest import FAST, telegram_config
from tests.schedule.support import DEFAULT_TZ, ingest, report_facts, utc
from tests.support.telegram_standin import TelegramStandIn

pytestmark = pytest.mark.asyncio

GROUP = -100_300


async def test_a_send_in_flight_at_shutdown_is_delivered_and_recorded_as_sent(db_path):
    clock = FakeClock(utc(2025, 4, 10, 12, 0))
    async with TelegramStandIn() as tg:
        config = telegram_config(tg, db_path)
        async with App.open(config, clock=clock, seed=False) as app:
            await app.start_services()
            stop = asyncio.Event()
            task = asyncio.create_task(serve(app, stop=stop, tuning=FAST))
            await tg.wait_for("getUpdates", ok=None)
            subs = Subscriptions(app.store, DEFAULT_TZ)
            await subs.subscribe(
                "telegram", str(GROUP), "team", "inter-miami", clock.now(), "supergroup"
            )
            tg.delay("sendMessage", 1.5)
            await ingest(app.store, report_facts("r1", (3, 1)), clock)
            app.announcements.dispatcher.wake()
            await asyncio.sleep(0.3)
            stop.set()
            await asyncio.wait_for(task, 15)
            async with app.store.reader.execute("SELECT state FROM outbox") as cursor:
                states = [row[0] for row in await cursor.fetchall()]
        [call] = tg.sent(GROUP)
        assert "Inter Miami 3\u20131 LAFC" in call.visible
        assert states == ["sent"]
