"""Fixtures: the real Telegram adapter and the announcement services against the stand-in server."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from adapters.telegram import serve
from adapters.telegram.retry import Backoff
from adapters.telegram.runner import Tuning
from bot.app import App
from bot.clock import FakeClock
from bot.config import Config
from bot.schedule.subscriptions import Subscriptions
from storage.sqlite import SqliteStore
from tests.schedule.support import DEFAULT_TZ, utc
from tests.support.telegram_standin import TelegramStandIn

FAST = Tuning(poll_timeout=1.0, request_timeout=5.0, backoff=Backoff(first_delay=0.05))
INBOX_INTERVAL = 5.0


@dataclass
class Live:
    tg: TelegramStandIn
    app: App
    clock: FakeClock
    inbox: Path

    @property
    def subs(self) -> Subscriptions:
        return Subscriptions(self.app.store, DEFAULT_TZ)  # type: ignore[arg-type]

    @property
    def dispatcher(self):
        return self.app.announcements.dispatcher  # type: ignore[attr-defined]

    async def wake(self) -> None:
        """Tell the dispatcher something was queued; return once it is asleep again."""
        self.dispatcher.wake()
        await self.settle()

    async def advance(self, seconds: float = 0.0, to=None) -> None:
        """Move the fake clock; return once the woken dispatcher is asleep again."""
        await self.clock.advance(seconds, to=to)
        await asyncio.sleep(0.01)
        await self.settle()

    async def settle(self) -> None:
        """Wait until the dispatcher sleeps for want of work, letting paced sends take their
        second (the fake clock moves one second at a time while it is busy)."""
        for _ in range(120):
            try:
                await self.dispatcher.idle(timeout=0.5)
                return
            except TimeoutError:
                await self.clock.advance(1)
        raise AssertionError("the dispatcher never went idle")


def start_time():
    return utc(2025, 4, 10, 12, 0)


@pytest.fixture
async def store(db_path: Path) -> AsyncIterator[SqliteStore]:
    """An empty real store on this test's own file, closed after the test."""
    store = await SqliteStore.open(db_path)
    yield store
    await store.close()


@pytest.fixture
def clock(request) -> FakeClock:
    """Starts at 10 April 2025, 12:00 UTC, or where the test asks (indirect parametrize)."""
    return FakeClock(getattr(request, "param", None) or start_time())


def telegram_config(tg: TelegramStandIn, db_path: Path, **more) -> Config:
    """The bot's config for the stand-in Telegram, in English and the announcements' timezone."""
    return Config(
        db_path=db_path,
        lang="en",
        timezone=DEFAULT_TZ,
        telegram_token=tg.token,
        telegram_base_url=tg.base_url,
        **more,
    )


@pytest.fixture
async def live(tmp_path: Path, db_path: Path, clock: FakeClock) -> AsyncIterator[Live]:
    inbox = tmp_path / "inbox"
    async with TelegramStandIn() as tg:
        config = telegram_config(tg, db_path, inbox_dir=inbox, inbox_interval=INBOX_INTERVAL)
        async with App.open(config, clock=clock, seed=False) as app:
            await app.start_services()
            stop = asyncio.Event()
            task = asyncio.create_task(serve(app, stop=stop, tuning=FAST))
            try:
                await tg.wait_for("getUpdates", ok=None)
                yield Live(tg, app, clock, inbox)
            finally:
                stop.set()
                await asyncio.wait_for(task, 10)
