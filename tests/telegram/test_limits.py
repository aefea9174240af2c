"""Rate limits, server errors and refusals: waited out, retried, or logged, never lost."""

from __future__ import annotations

import logging

from tests.support.telegram_standin import TelegramStandIn
from tests.telegram.conftest import FAST


async def test_429_then_success_sends_exactly_one_message(standin: TelegramStandIn, bot) -> None:
    fan = standin.user(5001, language_code="en")
    standin.fail_next("sendMessage", status=429, retry_after=1)
    standin.send_text(standin.private_chat(fan), fan, "/tie miami lafc")

    [sent] = await standin.wait_for("sendMessage", timeout=8)
    await standin.quiet(0.5)

    attempts = standin.calls_to("sendMessage", ok=None)
    assert [c.status for c in attempts] == [429, 200]
    assert attempts[1].at - attempts[0].at >= 1.0
    assert len(standin.sent()) == 1
    assert "Inter Miami 3–1 LAFC" in sent.visible


async def test_server_errors_are_retried_with_backoff(standin: TelegramStandIn, bot) -> None:
    fan = standin.user(5002, language_code="en")
    standin.fail_next("sendMessage", status=500, times=2)
    standin.send_text(standin.private_chat(fan), fan, "/tie miami lafc")

    await standin.wait_for("sendMessage")
    await standin.quiet(0.3)

    attempts = standin.calls_to("sendMessage", ok=None)
    assert [c.status for c in attempts] == [500, 500, 200]
    backoff = FAST.backoff
    assert attempts[1].at - attempts[0].at >= backoff.delay(1) == 0.05
    assert attempts[2].at - attempts[1].at >= backoff.delay(2) == 0.1
    assert len(standin.sent()) == 1


async def test_a_refused_reply_is_logged_not_retried(standin: TelegramStandIn, bot, caplog) -> None:
    caplog.set_level(logging.INFO)
    fan = standin.user(5003, language_code="en")
    chat = standin.private_chat(fan)
    standin.block(chat["id"])
    standin.send_text(chat, fan, "/tie miami lafc")

    await standin.wait_for("sendMessage", ok=False)
    await standin.quiet(0.3)

    assert [c.status for c in standin.calls_to("sendMessage", ok=None)] == [403]
    assert f"reply to chat {chat['id']} was not delivered" in caplog.text
    assert "blocked" in caplog.text


async def test_server_errors_that_do_not_end_are_given_up_and_logged(
    standin: TelegramStandIn, bot, caplog
) -> None:
    caplog.set_level(logging.INFO)
    fan = standin.user(5004, language_code="en")
    standin.fail_next("sendMessage", status=502, times=10)
    standin.send_text(standin.private_chat(fan), fan, "/help")

    await standin.wait_for("sendMessage", count=4, ok=False)
    await standin.quiet(0.5)

    assert len(standin.calls_to("sendMessage", ok=None)) == 4
    assert "was not delivered" in caplog.text
