"""Fixtures: a stand-in Bot API server, a store with hand-built facts, and the bot on both."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest

from adapters.telegram import serve
from adapters.telegram.retry import Backoff
from adapters.telegram.runner import Tuning
from bot.app import App
from bot.config import Config
from tests.support.telegram_standin import TelegramStandIn
from tests.telegram.facts import build_store

FAST = Tuning(poll_timeout=1.0, request_timeout=5.0, backoff=Backoff(first_delay=0.05))


@pytest.fixture
async def standin() -> AsyncIterator[TelegramStandIn]:
    async with TelegramStandIn() as server:
        yield server


@pytest.fixture
async def store_file(db_path: Path) -> Path:
    await build_store(db_path)
    return db_path


def config_for(server: TelegramStandIn, db: Path, lang: str = "en") -> Config:
    return Config(
        db_path=db, lang=lang, telegram_token=server.token, telegram_base_url=server.base_url
    )


@asynccontextmanager
async def running_bot(
    server: TelegramStandIn, db: Path, lang: str = "en", tuning: Tuning = FAST
) -> AsyncIterator[App]:
    """The real serve() against the stand-in, until the block ends; then a clean stop."""
    async with App.open(config_for(server, db, lang), seed=False) as app:
        stop = asyncio.Event()
        task = asyncio.create_task(serve(app, stop=stop, tuning=tuning))
        try:
            await server.polling()
            yield app
        finally:
            stop.set()
            await asyncio.wait_for(task, 10)


@pytest.fixture
async def bot(standin: TelegramStandIn, store_file: Path) -> AsyncIterator[App]:
    async with running_bot(standin, store_file) as app:
        yield app
