"""Pacing to Telegram's limits on a fake clock: 30/s overall, 1/s per chat, 20/min per group."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.clock import FakeClock
from bot.schedule.pacing import Pacer
from bot.schedule.sender import TELEGRAM_LIMITS
from tests.schedule.support import utc


def sends_within(pacer: Pacer, clock: FakeClock, chat: str, group: bool, seconds: float) -> int:
    """How many messages to one chat the pacer lets go within `seconds` from now."""
    end = clock.now() + timedelta(seconds=seconds)
    count = 0
    while pacer.ready_at(chat, group) < end:
        clock._now = max(clock.now(), pacer.ready_at(chat, group))
        pacer.take(chat, group)
        count += 1
    return count


def test_one_group_gets_at_most_twenty_a_minute():
    clock = FakeClock(utc(2025, 1, 1))
    pacer = Pacer(TELEGRAM_LIMITS, clock)
    assert sends_within(pacer, clock, "-1", True, 60) == 20


def test_one_private_chat_gets_one_a_second():
    clock = FakeClock(utc(2025, 1, 1))
    pacer = Pacer(TELEGRAM_LIMITS, clock)
    assert sends_within(pacer, clock, "1", False, 10) == 10


def test_many_chats_share_thirty_a_second():
    clock = FakeClock(utc(2025, 1, 1))
    pacer = Pacer(TELEGRAM_LIMITS, clock)
    start = clock.now()
    for n in range(301):
        clock._now = max(clock.now(), pacer.ready_at(str(n), False))
        pacer.take(str(n), False)
    assert (clock.now() - start).total_seconds() == pytest.approx(10.0, abs=1e-3)


def test_retry_after_pauses_every_chat():
    clock = FakeClock(utc(2025, 1, 1))
    pacer = Pacer(TELEGRAM_LIMITS, clock)
    pacer.pause(12)
    assert pacer.ready_at("other", False) == clock.now() + timedelta(seconds=12)
