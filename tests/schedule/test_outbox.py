"""The outbox with a recording sender: who gets what, once, in which language."""

from __future__ import annotations

import re

import pytest

from bot.clock import FakeClock
from bot.facts import Goal
from bot.schedule.dispatcher import Dispatcher
from bot.schedule.sender import ChatGone, RecordingSender, RetryLater, TransientError
from bot.schedule.subscriptions import Subscriptions
from tests.schedule.support import DEFAULT_TZ, ingest, report_facts, utc

pytestmark = pytest.mark.asyncio


@pytest.fixture
def clock():
    return FakeClock(utc(2025, 4, 10, 12, 0))


async def follow(store, clock, chat_id, target="inter-miami", lang=None, kind="team"):
    subs = Subscriptions(store, DEFAULT_TZ)
    await subs.subscribe("test", chat_id, kind, target, clock.now(), "group", None)
    if lang:
        await store.set_chat_language("test", chat_id, lang)
    return subs


async def test_each_chat_gets_the_result_once_in_its_language(store, clock):
    await follow(store, clock, "-1", lang="de")
    await follow(store, clock, "-2", lang="en")
    await follow(store, clock, "-2", target="CONCACAF Champions Cup", kind="competition")
    goals = [Goal("inter-miami", "Lionel Messi", 84, penalty=True)]
    await ingest(store, report_facts("r1", (3, 1), goals=goals), clock)
    sender = RecordingSender()
    dispatcher = Dispatcher(store, [sender], clock)
    assert await dispatcher.run_once() == 2
    assert await dispatcher.run_once() == 0
    german, english = sender.to("-1"), sender.to("-2")
    assert len(german) == 1 and len(english) == 1
    assert "Inter Miami 3:1 LAFC" in german[0].reply.as_text()
    assert "Neues Ergebnis" in german[0].reply.as_text()
    assert (
        "Messi 84. (Elfmeter)" in german[0].reply.as_text()
        or "Messi 84." in german[0].reply.as_text()
    )
    assert "Inter Miami 3\u20131 LAFC" in english[0].reply.as_text()
    assert "New result" in english[0].reply.as_text()


async def test_the_same_report_twice_announces_nothing_new(store, clock):
    await follow(store, clock, "-1")
    await ingest(store, report_facts("r1", (3, 1)), clock)
    await ingest(store, report_facts("r1", (3, 1)), clock)
    sender = RecordingSender()
    await Dispatcher(store, [sender], clock).run_once()
    assert len(sender.sent) == 1


async def test_unsubscribed_chat_gets_nothing(store, clock):
    subs = await follow(store, clock, "-1")
    await subs.unsubscribe("test", "-1", "team", "inter-miami")
    await ingest(store, report_facts("r1", (3, 1)), clock)
    sender = RecordingSender()
    await Dispatcher(store, [sender], clock).run_once()
    assert sender.sent == []


async def test_rate_limit_waits_out_retry_after(store, clock):
    await follow(store, clock, "-1")
    await ingest(store, report_facts("r1", (3, 1)), clock)
    sender = RecordingSender(fail={"-1": [RetryLater(7)]})
    dispatcher = Dispatcher(store, [sender], clock)
    await dispatcher.run_once()
    assert sender.sent == []
    await clock.advance(6)
    assert await dispatcher.run_once() == 0
    await clock.advance(1)
    await dispatcher.run_once()
    assert len(sender.to("-1")) == 1


async def test_server_error_is_retried_with_backoff(store, clock):
    await follow(store, clock, "-1")
    await ingest(store, report_facts("r1", (3, 1)), clock)
    sender = RecordingSender(fail={"-1": [TransientError("500"), TransientError("502")]})
    dispatcher = Dispatcher(store, [sender], clock)
    await dispatcher.run_once()
    await clock.advance(2)
    await dispatcher.run_once()
    assert sender.sent == []
    await clock.advance(4)
    await dispatcher.run_once()
    assert len(sender.to("-1")) == 1


async def test_gone_chat_is_unsubscribed_and_not_retried(store, clock):
    subs = await follow(store, clock, "-1")
    await ingest(store, report_facts("r1", (3, 1)), clock)
    sender = RecordingSender(fail={"-1": [ChatGone("Forbidden: bot was blocked by the user")]})
    dispatcher = Dispatcher(store, [sender], clock)
    await dispatcher.run_once()
    await clock.advance(3600)
    assert await dispatcher.run_once() == 0
    assert sender.sent == [] and sender.calls == 1
    assert await subs.list("test", "-1") == []


async def test_correction_edits_the_earlier_message(store, clock):
    await follow(store, clock, "-1")
    await ingest(store, report_facts("r1", (3, 1)), clock)
    sender = RecordingSender()
    dispatcher = Dispatcher(store, [sender], clock)
    await dispatcher.run_once()
    await ingest(store, report_facts("r2", (3, 2)), clock)
    await dispatcher.run_once()
    first, second = sender.to("-1")
    assert second.edit and second.message_id == first.message_id
    text = second.reply.as_text()
    assert text.startswith("Updated result")
    assert re.search(r"3[-\u2013:]2", text) and "r2" in text


async def test_correction_without_edit_posts_a_short_correction(store, clock):
    await follow(store, clock, "-1")
    await ingest(store, report_facts("r1", (3, 1)), clock)
    sender = RecordingSender(supports_edit=False)
    dispatcher = Dispatcher(store, [sender], clock)
    await dispatcher.run_once()
    await ingest(store, report_facts("r2", (3, 2)), clock)
    await dispatcher.run_once()
    first, second = sender.to("-1")
    assert not second.edit
    assert "Correction" in second.reply.as_text()


async def test_a_decided_tie_is_announced_with_aggregate_and_winner(store, clock):
    await follow(store, clock, "-1", lang="de")
    first = report_facts("leg1", (1, 0), home="lafc", away="inter-miami", date="2025-04-02", leg=1)
    await ingest(store, first, clock)
    second = report_facts("leg2", (3, 1), date="2025-04-09", leg=2)
    await ingest(store, second, clock)
    sender = RecordingSender()
    dispatcher = Dispatcher(store, [sender], clock)
    await dispatcher.run_once()
    await clock.advance(5)
    await dispatcher.run_once()
    texts = [sent.reply.as_text() for sent in sender.to("-1")]
    [tie] = [text for text in texts if text.startswith("Duell entschieden")]
    assert "Inter Miami 3:2 LAFC" in tie
    assert "Inter Miami ist nach Gesamtergebnis weiter." in tie
    assert len(texts) == 3


async def test_a_message_that_cannot_be_prepared_backs_off_instead_of_spinning(
    store, clock, monkeypatch
):
    import bot.schedule.compose as compose_module

    await follow(store, clock, "-1")
    await ingest(store, report_facts("r1", (3, 1)), clock)
    real = compose_module.announcement
    failures = iter([RuntimeError("renderer broke")])

    def flaky(item, lang):
        error = next(failures, None)
        if error:
            raise error
        return real(item, lang)

    monkeypatch.setattr(compose_module, "announcement", flaky)
    sender = RecordingSender()
    dispatcher = Dispatcher(store, [sender], clock)
    assert await dispatcher.run_once() == 1
    assert await dispatcher.run_once() == 0
    await clock.advance(2)
    await dispatcher.run_once()
    assert len(sender.to("-1")) == 1


async def test_a_correction_before_the_first_announcement_went_out_is_sent_once_as_new(
    store, clock
):
    await follow(store, clock, "-1")
    await ingest(store, report_facts("r1", (3, 1)), clock)
    await ingest(store, report_facts("r2", (3, 2)), clock)
    sender = RecordingSender()
    await Dispatcher(store, [sender], clock).run_once()
    [only] = sender.to("-1")
    assert not only.edit
    assert only.reply.as_text().startswith("New result")


async def test_quiet_hours_hold_instant_announcements_until_they_end(store, clock):
    subs = await follow(store, clock, "-1")
    await subs.set_quiet("test", "-1", "22:00", "07:00", clock.now())
    await clock.advance(to=utc(2025, 4, 10, 21, 30))
    await ingest(store, report_facts("r1", (3, 1)), clock)
    sender = RecordingSender()
    dispatcher = Dispatcher(store, [sender], clock)
    await dispatcher.run_once()
    await clock.advance(to=utc(2025, 4, 11, 4, 59))
    await dispatcher.run_once()
    assert sender.sent == []
    await clock.advance(to=utc(2025, 4, 11, 5, 0))
    await dispatcher.run_once()
    assert len(sender.to("-1")) == 1
