"""The clock seam: everything that asks "what time is it" or waits goes through here.

The real clock reads the system time; tests inject a FakeClock and move it by
hand, so schedules that cross midnight or a daylight-saving change run instantly.
All times are timezone-aware (UTC inside; convert to a chat's zone for display).
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current time, timezone-aware, in UTC."""

    async def sleep(self, seconds: float) -> None:
        """Wait this long on this clock (a FakeClock waits until advanced)."""


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(max(0.0, seconds))


class FakeClock:
    """A clock that only moves when told to; sleepers wake when it passes their time."""

    def __init__(self, start: datetime | None = None) -> None:
        start = start or datetime(2025, 1, 1, tzinfo=UTC)
        if start.tzinfo is None:
            raise ValueError("FakeClock needs a timezone-aware start")
        self._now = start.astimezone(UTC)
        self._sleepers: list[tuple[datetime, asyncio.Future[None]]] = []

    def now(self) -> datetime:
        return self._now

    async def sleep(self, seconds: float) -> None:
        if seconds <= 0:
            await asyncio.sleep(0)
            return
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._sleepers.append((self._now + timedelta(seconds=seconds), future))
        try:
            await future
        finally:
            self._sleepers = [(t, f) for t, f in self._sleepers if f is not future]

    @property
    def sleepers(self) -> int:
        return sum(1 for _, future in self._sleepers if not future.done())

    async def advance(self, seconds: float = 0.0, to: datetime | None = None) -> None:
        """Move time forward and let every task whose sleep has ended run."""
        target = to.astimezone(UTC) if to else self._now + timedelta(seconds=seconds)
        if target < self._now:
            raise ValueError("a clock does not go backwards")
        while True:
            due = sorted(
                ((t, f) for t, f in self._sleepers if t <= target and not f.done()),
                key=lambda item: item[0],
            )
            if not due:
                break
            wake_at = due[0][0]
            self._now = max(self._now, wake_at)
            for when, future in due:
                if when <= wake_at:
                    future.set_result(None)
            for _ in range(5):
                await asyncio.sleep(0)
        self._now = target
        for _ in range(5):
            await asyncio.sleep(0)
