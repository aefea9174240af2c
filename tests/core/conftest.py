"""A real SQLite store on this test's own file, filled with hand-built facts, and a Core on it."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable

import pytest

from bot.config import Config
from bot.core import Core
from bot.facts import ReportFacts
from bot.seam import ChatContext, Reply
from storage.sqlite import SqliteStore
from tests.support import facts

PRIVATE = ChatContext("console", "private-1")


@pytest.fixture
def all_facts() -> list[ReportFacts]:
    return [
        facts.miami_lafc(),
        facts.monterrey_miami(),
        facts.first_leg_only(),
        facts.away_goals(),
        facts.extra_time(),
        facts.penalties(),
    ]


@pytest.fixture
async def store(db_path, all_facts) -> AsyncIterator[SqliteStore]:
    store = await SqliteStore.open(db_path)
    try:
        await facts.ingest_all(store, *all_facts)
        yield store
    finally:
        await store.close()


@pytest.fixture
def core(store) -> Core:
    return Core(store, config=Config(db_path=store.path))


@pytest.fixture
def ask(core) -> Callable[..., object]:
    """`await ask("/tie miami lafc", "de")` -> (reply, text)."""

    async def run(text: str, lang: str | None = "en", chat: ChatContext = PRIVATE):
        reply: Reply = await core.handle_text(text, chat, lang=lang)
        return reply, reply.as_text()

    return run
