"""Paces sends to a platform's limits, on the injected clock, so that 429s stay rare.

Three limits, each optional (see sender.Limits): a steady overall rate, a
shortest gap between two messages to one chat, and a cap per minute for one
group. A `RetryLater` from the platform pauses all sends of that platform for
the time it asked, which honors every retry_after whatever its scope.
"""

from __future__ import annotations

from collections import deque
from datetime import datetime, timedelta

from bot.clock import Clock
from bot.schedule.sender import Limits

GROUP_WINDOW = timedelta(minutes=1)


class Pacer:
    def __init__(self, limits: Limits, clock: Clock) -> None:
        self.limits = limits
        self.clock = clock
        self._next_slot: datetime | None = None
        self._paused_until: datetime | None = None
        self._chat_next: dict[str, datetime] = {}
        self._group_sends: dict[str, deque[datetime]] = {}

    def pause(self, seconds: float) -> None:
        until = self.clock.now() + timedelta(seconds=seconds)
        if self._paused_until is None or until > self._paused_until:
            self._paused_until = until

    def ready_at(self, chat_id: str, group: bool) -> datetime:
        """The earliest time a message to this chat may go, all limits considered."""
        now = self.clock.now()
        times = [now]
        if self._paused_until:
            times.append(self._paused_until)
        if self._next_slot and self.limits.overall_per_second:
            times.append(self._next_slot)
        if chat_id in self._chat_next:
            times.append(self._chat_next[chat_id])
        cap = self.limits.per_group_per_minute
        sends = self._group_sends.get(chat_id)
        if group and cap and sends and len(sends) >= cap:
            times.append(sends[len(sends) - cap] + GROUP_WINDOW)
        return max(times)

    def take(self, chat_id: str, group: bool) -> None:
        """Record a send that goes now (call only when ready_at() <= now).

        The overall slot advances from the last slot rather than from now, so
        that the small lateness of each wake-up does not add up over thousands
        of messages; at most one send's worth of slack is carried over.
        """
        now = self.clock.now()
        rate = self.limits.overall_per_second
        if rate:
            gap = timedelta(seconds=1.0 / rate)
            start = max(self._next_slot or now, now - gap)
            self._next_slot = start + gap
        if self.limits.per_chat_interval:
            self._chat_next[chat_id] = now + timedelta(seconds=self.limits.per_chat_interval)
            if len(self._chat_next) > 50_000:
                self._chat_next = {c: t for c, t in self._chat_next.items() if t > now}
        cap = self.limits.per_group_per_minute
        if group and cap:
            sends = self._group_sends.setdefault(chat_id, deque(maxlen=cap))
            sends.append(now)

    async def wait(self, chat_id: str, group: bool) -> None:
        """Sleep on the clock until this chat may be sent to, then reserve that send."""
        while True:
            ready = self.ready_at(chat_id, group)
            delay = (ready - self.clock.now()).total_seconds()
            if delay <= 0:
                self.take(chat_id, group)
                return
            await self.clock.sleep(delay)
