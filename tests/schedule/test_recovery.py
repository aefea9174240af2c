"""After a crash: rows left 'sending' are never sent twice by a platform that cannot deduplicate."""

from __future__ import annotations

import pytest

from bot.clock import FakeClock
from bot.schedule.dispatcher import Dispatcher
from bot.schedule.sender import DeliveryUnknown, RecordingSender
from bot.schedule.subscriptions import Subscriptions
from tests.schedule.support import DEFAULT_TZ, ingest, report_facts, utc

pytestmark = pytest.mark.asyncio


async def crashed_mid_send(store) -> FakeClock:
    """One announcement queued and claimed, as if the process died during its request."""
    clock = FakeClock(utc(2025, 4, 10, 12, 0))
    subs = Subscriptions(store, DEFAULT_TZ)
    await subs.subscribe("test", "-1", "team", "inter-miami", clock.now(), "group")
    await ingest(store, report_facts("r1", (3, 1)), clock)
    async with store.transaction() as conn:
        await conn.execute("UPDATE outbox SET state = 'sending', claim = 'dead', attempts = 1")
    return clock


async def states(store) -> list[str]:
    return [r[0] for r in await store.execute_read("SELECT state FROM outbox ORDER BY id")]


async def test_interrupted_send_is_not_repeated_where_the_platform_cannot_deduplicate(store):
    clock = await crashed_mid_send(store)
    sender = RecordingSender(idempotent=False)
    dispatcher = Dispatcher(store, [sender], clock)
    await dispatcher.run_once()
    assert sender.sent == []
    assert await states(store) == ["unknown"]


async def test_interrupted_send_is_repeated_with_its_key_where_the_platform_deduplicates(store):
    clock = await crashed_mid_send(store)
    sender = RecordingSender(idempotent=True)
    await Dispatcher(store, [sender], clock).run_once()
    [sent] = sender.sent
    assert sent.key == "test:-1:match:1:1"
    assert await states(store) == ["sent"]


async def test_a_timeout_after_sending_counts_as_unknown_not_as_a_retry(store):
    clock = FakeClock(utc(2025, 4, 10, 12, 0))
    await Subscriptions(store, DEFAULT_TZ).subscribe(
        "test", "-1", "team", "inter-miami", clock.now(), "group"
    )
    await ingest(store, report_facts("r1", (3, 1)), clock)
    sender = RecordingSender(fail={"-1": [DeliveryUnknown("read timeout")]})
    dispatcher = Dispatcher(store, [sender], clock)
    await dispatcher.run_once()
    await clock.advance(600)
    await dispatcher.run_once()
    assert sender.sent == [] and sender.calls == 1
    assert await states(store) == ["unknown"]
