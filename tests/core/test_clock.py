"""The injectable clock: a FakeClock wakes sleepers only when moved past their time."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest

from bot.clock import FakeClock, SystemClock


async def test_fake_clock_wakes_sleepers_in_order():
    clock = FakeClock(datetime(2025, 3, 30, 0, 30, tzinfo=UTC))
    woke: list[tuple[str, datetime]] = []

    async def sleeper(name: str, seconds: float) -> None:
        await clock.sleep(seconds)
        woke.append((name, clock.now()))

    tasks = [asyncio.create_task(sleeper("late", 7200)), asyncio.create_task(sleeper("early", 60))]
    await asyncio.sleep(0)
    assert clock.sleepers == 2
    await clock.advance(59)
    assert woke == []
    await clock.advance(3600)
    assert woke == [("early", datetime(2025, 3, 30, 0, 31, tzinfo=UTC))]
    await clock.advance(to=datetime(2025, 3, 30, 3, 0, tzinfo=UTC))
    assert woke[1] == ("late", datetime(2025, 3, 30, 2, 30, tzinfo=UTC))
    assert clock.now() == datetime(2025, 3, 30, 3, 0, tzinfo=UTC)
    await asyncio.gather(*tasks)


async def test_fake_clock_refuses_naive_times_and_going_back():
    with pytest.raises(ValueError):
        FakeClock(datetime(2025, 1, 1))
    clock = FakeClock()
    with pytest.raises(ValueError):
        await clock.advance(-1)


async def test_system_clock_is_aware():
    now = SystemClock().now()
    assert now.tzinfo is not None
    await SystemClock().sleep(0)
