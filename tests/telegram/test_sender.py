"""The outbox's Telegram sender: sends, edits, and sorts Telegram's refusals for the dispatcher."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from adapters.telegram.sender import TelegramSender
from bot.config import Config
from bot.schedule.sender import ChatGone, DeliveryUnknown, RetryLater, Sender, TransientError
from bot.seam import Reply, Section
from tests.support.telegram_standin import TelegramStandIn

GOAL = Reply(lang="en", title="Inter Miami 3–1 LAFC", sections=(Section(None, ("Messi <pen.>",)),))


@pytest.fixture
async def sender(standin: TelegramStandIn) -> AsyncIterator[TelegramSender]:
    config = Config(telegram_token=standin.token, telegram_base_url=standin.base_url)
    sender = TelegramSender.from_config(config)
    await sender.start()
    yield sender
    await sender.close()


async def test_send_posts_escaped_html_and_returns_the_message_id(standin, sender) -> None:
    group = standin.group_chat(-100900)

    message_id = await sender.send(str(group["id"]), GOAL)

    [call] = standin.sent(group["id"])
    assert isinstance(sender, Sender)
    assert message_id == str(call.result["message_id"])
    assert call.visible == "Inter Miami 3–1 LAFC\n\nMessi <pen.>"
    assert "&lt;pen.&gt;" in call.params["text"]


async def test_edit_replaces_the_text_and_an_unchanged_edit_is_fine(standin, sender) -> None:
    group = standin.group_chat(-100901)
    message_id = await sender.send(str(group["id"]), GOAL)
    corrected = Reply(lang="en", title="Inter Miami 3–2 LAFC")

    await sender.edit(str(group["id"]), message_id, corrected)
    await sender.edit(str(group["id"]), message_id, corrected)

    assert standin.messages[(group["id"], int(message_id))]["text"] == "Inter Miami 3–2 LAFC"
    assert len(standin.calls_to("editMessageText", ok=None)) == 2


async def test_429_becomes_retry_later_with_telegrams_wait(standin, sender) -> None:
    standin.fail_next("sendMessage", status=429, retry_after=7)

    with pytest.raises(RetryLater) as caught:
        await sender.send("-100902", GOAL)

    assert caught.value.seconds == 7
    assert len(standin.calls_to("sendMessage", ok=None)) == 1


@pytest.mark.parametrize("trouble", ["block", "forget"])
async def test_blocked_or_missing_chat_is_gone(standin, sender, trouble) -> None:
    getattr(standin, trouble)(-100903)

    with pytest.raises(ChatGone) as caught:
        await sender.send("-100903", GOAL)

    reason = caught.value.reason.lower()
    assert "kicked" in reason or "chat not found" in reason
    assert standin.token not in caught.value.reason


@pytest.mark.parametrize("status", [500, 502])
async def test_server_errors_are_transient(standin, sender, status) -> None:
    standin.fail_next("sendMessage", status=status)

    with pytest.raises(TransientError):
        await sender.send("-100904", GOAL)
    assert await sender.send("-100904", GOAL)


async def test_an_edit_of_a_vanished_message_is_not_chat_gone(standin, sender) -> None:
    with pytest.raises(TransientError, match="(?i)message to edit not found"):
        await sender.edit("-100905", "424242", GOAL)


async def test_no_answer_after_sending_is_delivery_unknown(standin) -> None:
    config = Config(telegram_token=standin.token, telegram_base_url=standin.base_url)
    impatient = TelegramSender.from_config(config, timeout=0.3)
    await impatient.start()
    standin.delay("sendMessage", 1.0)
    try:
        with pytest.raises(DeliveryUnknown):
            await impatient.send("-100906", GOAL)
    finally:
        await impatient.close()
    await standin.wait_for("sendMessage", timeout=3)
    assert impatient.idempotent is False


async def test_no_connection_is_transient(db_path) -> None:
    config = Config(telegram_token="77:abc-secret", telegram_base_url="http://127.0.0.1:9/bot")
    unreachable = TelegramSender.from_config(config, timeout=1)
    await unreachable.start()
    try:
        with pytest.raises(TransientError) as caught:
            await unreachable.send("-100907", GOAL)
    finally:
        await unreachable.close()
    assert "abc-secret" not in caught.value.reason
