"""`sportsbot ingest` from the command line queues announcements that a running bot then sends."""

from __future__ import annotations

import pytest

from bot.clock import FakeClock
from bot.ingest.cli import ingest_command
from bot.schedule.dispatcher import Dispatcher
from bot.schedule.sender import RecordingSender
from bot.schedule.subscriptions import Subscriptions
from storage.sqlite import SqliteStore
from tests.ingest.test_pipeline import GOOD, stand_in_reader, write
from tests.schedule.support import DEFAULT_TZ, utc

pytestmark = pytest.mark.asyncio


async def test_a_report_ingested_on_the_command_line_is_announced_once(
    db_path, tmp_path, monkeypatch, capsys
):
    clock = FakeClock(utc(2025, 4, 10, 12, 0))
    async with await SqliteStore.open(db_path) as store:
        subs = Subscriptions(store, DEFAULT_TZ)
        await subs.subscribe("test", "-7", "team", "inter-miami", clock.now(), "group")
        await store.set_chat_language("test", "-7", "de")
    monkeypatch.setattr("bot.ingest.pipeline.default_reader", lambda: stand_in_reader)
    report = write(tmp_path, "miami.txt", GOOD)

    assert await ingest_command(db_path, [report], False, DEFAULT_TZ, clock) == 0
    assert await ingest_command(db_path, [report], False, DEFAULT_TZ, clock) == 0
    capsys.readouterr()

    async with await SqliteStore.open(db_path) as store:
        sender = RecordingSender()
        dispatcher = Dispatcher(store, [sender], clock)
        assert await dispatcher.run_once() == 1
        assert await dispatcher.run_once() == 0
    [message] = sender.to("-7")
    text = message.reply.as_text()
    assert "Neues Ergebnis" in text
    assert "Inter Miami 3:1 LAFC" in text
