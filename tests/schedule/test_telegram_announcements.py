"""End to end: the real Telegram adapter, the dispatcher and the stand-in Bot API on 127.0.0.1."""

from __future__ import annotations

import re

import pytest

from tests.schedule.conftest import Live
from tests.schedule.support import ingest, report_facts, utc

pytestmark = pytest.mark.asyncio

GROUP = -100_200


async def follow(live: Live, chat_id: int, lang: str | None = None, **delivery) -> None:
    await live.subs.subscribe(
        "telegram", str(chat_id), "team", "inter-miami", live.clock.now(), "supergroup"
    )
    if lang:
        await live.app.store.set_chat_language("telegram", str(chat_id), lang)


async def new_report(live: Live, name: str, score=(3, 1), **kwargs) -> None:
    await ingest(live.app.store, report_facts(name, score, **kwargs), live.clock)
    await live.wake()


async def test_a_429_is_waited_out_then_sent_once(live: Live):
    await follow(live, GROUP)
    live.tg.fail_next("sendMessage", status=429, retry_after=30)
    await new_report(live, "r1")
    await live.tg.wait_for("sendMessage", ok=False)
    await live.advance(29)
    await live.tg.quiet(0.2)
    assert live.tg.sent(GROUP) == []
    await live.advance(1)
    await live.tg.wait_for("sendMessage", where=lambda c: c.params["chat_id"] == GROUP)
    await live.advance(600)
    await live.tg.quiet(0.2)
    assert len(live.tg.sent(GROUP)) == 1
    assert len(live.tg.calls_to("sendMessage", ok=False)) == 1


async def test_a_500_is_retried_with_backoff(live: Live):
    await follow(live, GROUP)
    live.tg.fail_next("sendMessage", status=500, times=2)
    await new_report(live, "r1")
    await live.tg.wait_for("sendMessage", ok=False)
    await live.advance(2)
    await live.tg.wait_for("sendMessage", count=2, ok=False)
    await live.advance(3)
    await live.tg.quiet(0.2)
    assert live.tg.sent(GROUP) == []
    await live.advance(1)
    [call] = await live.tg.wait_for("sendMessage")
    assert "Inter Miami 3\u20131 LAFC" in call.visible


async def test_a_blocked_chat_is_unsubscribed_and_not_retried(live: Live):
    await follow(live, GROUP)
    await follow(live, GROUP - 1)
    live.tg.block(GROUP)
    await new_report(live, "r1")
    await live.tg.wait_for("sendMessage", where=lambda c: c.params["chat_id"] == GROUP - 1)
    await live.tg.wait_for("sendMessage", ok=False)
    await live.advance(3600)
    await new_report(live, "r2", home="lafc", away="inter-miami", date="2025-04-02")
    await live.tg.wait_for("sendMessage", count=2, where=lambda c: c.params["chat_id"] == GROUP - 1)
    await live.tg.quiet(0.2)
    to_blocked = [
        c for c in live.tg.calls_to("sendMessage", ok=None) if c.params["chat_id"] == GROUP
    ]
    assert len(to_blocked) == 1
    assert await live.subs.list("telegram", str(GROUP)) == []
    assert await live.subs.list("telegram", str(GROUP - 1)) != []


async def test_a_chat_that_no_longer_exists_is_unsubscribed(live: Live):
    await follow(live, GROUP)
    live.tg.forget(GROUP)
    await new_report(live, "r1")
    [refused] = await live.tg.wait_for("sendMessage", ok=False)
    assert "chat not found" in refused.result
    await live.advance(3600)
    assert len(live.tg.calls_to("sendMessage", ok=None)) == 1
    assert await live.subs.list("telegram", str(GROUP)) == []


async def test_a_corrected_score_edits_the_announcement(live: Live):
    await follow(live, GROUP, lang="de")
    await new_report(live, "r1")
    [first] = await live.tg.wait_for("sendMessage")
    assert "Inter Miami 3:1 LAFC" in first.visible
    await new_report(live, "r2", score=(3, 2))
    [edit] = await live.tg.wait_for("editMessageText")
    assert edit.params["message_id"] == first.result["message_id"]
    assert edit.params["chat_id"] == GROUP
    assert "Aktualisiertes Ergebnis" in edit.visible
    assert re.search(r"3[-\u2013:]2", edit.visible)
    await live.tg.quiet(0.2)
    assert len(live.tg.sent(GROUP)) == 1


@pytest.mark.parametrize("clock", [utc(2025, 10, 25, 18, 0)], indirect=True)
async def test_digest_waits_for_local_time_across_the_clock_change(live: Live):
    """Berlin leaves summer time on 26 October 2025: 08:00 is then 07:00 UTC, not 06:00."""
    instant, daily = GROUP, GROUP - 1
    await follow(live, instant)
    await follow(live, daily, lang="de")
    await live.subs.set_timezone("telegram", str(daily), "Europe/Berlin", live.clock.now())
    await live.subs.set_delivery("telegram", str(daily), "digest", "08:00", live.clock.now())
    await new_report(live, "r1", date="2025-10-25")
    await live.tg.wait_for("sendMessage", where=lambda c: c.params["chat_id"] == instant)
    await live.advance(to=utc(2025, 10, 25, 22, 0))
    await new_report(live, "r2", home="lafc", away="inter-miami", date="2025-10-22", score=(0, 2))
    await live.tg.wait_for("sendMessage", count=2, where=lambda c: c.params["chat_id"] == instant)
    await live.advance(to=utc(2025, 10, 26, 6, 0))
    await live.advance(to=utc(2025, 10, 26, 6, 59))
    await live.tg.quiet(0.3)
    assert live.tg.sent(daily) == []
    await live.advance(to=utc(2025, 10, 26, 7, 0))
    [digest] = await live.tg.wait_for("sendMessage", where=lambda c: c.params["chat_id"] == daily)
    assert "Deine Übersicht: 2 Neuigkeiten" in digest.visible
    assert "Inter Miami 3:1 LAFC" in digest.visible and "LAFC 0:2 Inter Miami" in digest.visible
    await new_report(live, "r3", away="monterrey", date="2025-10-26", score=(1, 1))
    await live.advance(to=utc(2025, 10, 27, 6, 59))
    await live.tg.quiet(0.3)
    assert len(live.tg.sent(daily)) == 1
    await live.advance(to=utc(2025, 10, 27, 7, 0))
    await live.tg.wait_for("sendMessage", count=2, where=lambda c: c.params["chat_id"] == daily)
    assert len(live.tg.sent(instant)) == 3
