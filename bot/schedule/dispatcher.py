"""The one scheduler task: sleeps until the next announcement is due, then delivers it.

Like a persisted timer, it keeps no schedule in memory: the earliest due time
is read from the outbox each round, so a restart picks up exactly where the
last run stopped. It sleeps on the injected clock and wakes early when new
announcements are queued (`wake()`), or every `poll_seconds` to see rows
queued by another process such as `sportsbot ingest`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid
from collections.abc import Iterable, MutableMapping
from datetime import datetime, timedelta

from bot.clock import Clock
from bot.schedule import claims
from bot.schedule.compose import Composer
from bot.schedule.jobs import Job, Outcome, jobs_of, send
from bot.schedule.outbox import Row, due_rows, next_due
from bot.schedule.pacing import Pacer
from bot.schedule.sender import ChatGone, DeliveryUnknown, RetryLater, Sender
from bot.schedule.timing import from_text
from storage.sqlite import SqliteStore

log = logging.getLogger(__name__)


class Dispatcher:
    def __init__(
        self,
        store: SqliteStore,
        senders: Iterable[Sender] | MutableMapping[str, Sender],
        clock: Clock,
        default_lang: str = "en",
        concurrency: int = 8,
        poll_seconds: float = 30.0,
        max_attempts: int = 8,
        batch: int = 2000,
    ) -> None:
        self.store = store
        if not isinstance(senders, MutableMapping):
            senders = {sender.platform: sender for sender in senders}
        self.senders = senders
        self.pacers: dict[str, Pacer] = {}
        self._recovered: set[str] = set()
        self.clock = clock
        self.default_lang = default_lang
        self.concurrency = max(1, concurrency)
        self.poll_seconds = poll_seconds
        self.max_attempts = max_attempts
        self.batch = batch
        self.outcome = Outcome()
        self.journal = claims.Journal(store)
        self.composer = Composer(store)
        self._wake = asyncio.Event()
        self._idle = asyncio.Event()
        self._stopping = False
        self._task: asyncio.Task[None] | None = None

    def wake(self) -> None:
        """New announcements may be due: look now instead of at the next planned time."""
        self._wake.set()
        self._idle.clear()

    async def idle(self, timeout: float = 10.0) -> None:
        """Return once the dispatcher has nothing due and sleeps (for tests and tools)."""
        await asyncio.wait_for(self._idle.wait(), timeout)

    async def start(self) -> None:
        await self.recover()
        self._task = asyncio.create_task(self.run(), name="announcement-dispatcher")

    async def stop(self, timeout: float = 10.0) -> None:
        """Finish the sends under way (they are short), then stop."""
        self._stopping = True
        self._wake.set()
        if self._task is None:
            return
        try:
            await asyncio.wait_for(asyncio.shield(self._task), timeout)
        except TimeoutError:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        self._task = None

    async def recover(self) -> None:
        """Settle rows a crash left 'sending', once per platform, before its first send."""
        for platform, sender in list(self.senders.items()):
            if platform in self._recovered:
                continue
            self._recovered.add(platform)
            self.pacers[platform] = Pacer(sender.limits, self.clock)
            again, unknown = await claims.recover(
                self.store, platform, getattr(sender, "idempotent", False)
            )
            if again or unknown:
                log.info(
                    "%s: %d interrupted send(s) re-queued, %d left unknown",
                    platform,
                    again,
                    unknown,
                )

    async def run(self) -> None:
        while not self._stopping:
            try:
                handled = await self.run_once()
            except Exception:
                log.exception("announcement round failed; trying again after a pause")
                handled = 0
                await self._sleep(min(self.poll_seconds, 5.0))
                continue
            if not handled and not self._stopping:
                await self._sleep_until(await self._next_time())

    async def run_once(self) -> int:
        """Deliver every announcement due now; returns how many rows were handled."""
        self._wake.clear()
        await self.recover()
        if not self.senders:
            return 0
        due = await due_rows(self.store.reader, list(self.senders), self.clock.now(), self.batch)
        if not due:
            return 0
        self.composer.forget()
        jobs = jobs_of(due, self.default_lang)
        queue: asyncio.Queue[Job] = asyncio.Queue()
        for job in jobs:
            queue.put_nowait(job)
        workers = [
            asyncio.create_task(self._worker(queue))
            for _ in range(min(self.concurrency, len(jobs)))
        ]
        await asyncio.gather(*workers)
        return len(due)

    async def _worker(self, queue: asyncio.Queue[Job]) -> None:
        while not queue.empty():
            job = queue.get_nowait()
            batches = [job.rows] if job.digest else [[row] for row in job.rows]
            for rows in batches:
                try:
                    if not await self._deliver(job, rows):
                        break
                except Exception as error:
                    log.exception(
                        "%s chat %s: preparing a message failed", job.platform, job.chat_id
                    )
                    await self._set_aside(job, rows, error)
                    break

    async def _set_aside(self, job: Job, rows: list[Row], error: Exception) -> None:
        """A round that failed before sending (rendering, reading) backs off like a failed send,
        so one bad row cannot keep the dispatcher spinning."""
        token = uuid.uuid4().hex
        try:
            if await self.journal.claim(rows, token, None):
                await self._retry(job, rows, token, error)
        except Exception:
            log.exception("%s chat %s: could not set the rows aside", job.platform, job.chat_id)

    async def _deliver(self, job: Job, rows: list[Row]) -> bool:
        """Send one message (or edit one) for these rows; False if the chat should wait."""
        sender = self.senders.get(job.platform)
        if sender is None:
            return False
        items = [await self.composer.item(row) for row in rows]
        token = uuid.uuid4().hex
        if any(item is None for item in items):
            if await self.journal.claim(rows, token, None):
                await self.journal.give_up(token, "failed", "the fact is no longer stored")
            return True
        reply, edit_of = await self.composer.reply(sender, job, rows, items)
        await self.pacers[job.platform].wait(job.chat_id, job.group)
        if not await self.journal.claim(rows, token, edit_of):
            return True
        try:
            if edit_of is not None:
                await sender.edit(job.chat_id, edit_of, reply)
                message_id = edit_of
            else:
                message_id = await send(sender, job.chat_id, reply, rows[0].key)
        except RetryLater as error:
            self.pacers[job.platform].pause(error.seconds)
            due = self.clock.now() + timedelta(seconds=error.seconds)
            await self.journal.retry(token, due, str(error))
            log.info(
                "%s chat %s: rate limited, retry in %ss", job.platform, job.chat_id, error.seconds
            )
            self.outcome.retried += 1
            return False
        except ChatGone as error:
            dropped = await claims.chat_gone(
                self.store, job.platform, job.chat_id, error.reason, self.clock.now()
            )
            log.warning(
                "%s chat %s is gone (%s): unsubscribed, %d announcement(s) dropped",
                job.platform,
                job.chat_id,
                error.reason,
                dropped,
            )
            self.outcome.dropped += dropped
            return False
        except DeliveryUnknown as error:
            if edit_of is None and not getattr(sender, "idempotent", False):
                await self.journal.give_up(token, "unknown", str(error))
                log.warning(
                    "%s chat %s: outcome unknown (%s); not sent again",
                    job.platform,
                    job.chat_id,
                    error,
                )
                self.outcome.failed += 1
                return True
            return await self._retry(job, rows, token, error)
        except Exception as error:
            return await self._retry(job, rows, token, error)
        await self.journal.sent(token, message_id, self.clock.now())
        if edit_of is not None:
            self.outcome.edited += 1
        else:
            self.outcome.sent += 1
        return True

    async def _retry(self, job: Job, rows: list[Row], token: str, error: Exception) -> bool:
        attempts = max(row.attempts for row in rows) + 1
        reason = f"{type(error).__name__}: {error}"
        if attempts >= self.max_attempts:
            await self.journal.give_up(token, "failed", reason)
            log.error(
                "%s chat %s: giving up after %d attempts: %s",
                job.platform,
                job.chat_id,
                attempts,
                reason,
            )
            self.outcome.failed += len(rows)
            return True
        delay = min(300.0, 2.0**attempts)
        await self.journal.retry(token, self.clock.now() + timedelta(seconds=delay), reason)
        log.warning(
            "%s chat %s: %s; retry %d in %gs", job.platform, job.chat_id, reason, attempts, delay
        )
        self.outcome.retried += 1
        return False

    async def _next_time(self) -> datetime:
        """When to look again: the earliest due row, but at least every poll_seconds."""
        poll = self.poll_seconds if self.senders else min(self.poll_seconds, 1.0)
        latest = self.clock.now() + timedelta(seconds=poll)
        upcoming = await next_due(self.store.reader, list(self.senders)) if self.senders else None
        return min(latest, from_text(upcoming)) if upcoming else latest

    async def _sleep(self, seconds: float) -> None:
        await self._sleep_until(self.clock.now() + timedelta(seconds=seconds))

    async def _sleep_until(self, when: datetime) -> None:
        if self._wake.is_set() or when <= self.clock.now():
            await asyncio.sleep(0)
            return

        async def until() -> None:
            await self.clock.sleep((when - self.clock.now()).total_seconds())

        waker = asyncio.create_task(self._wake.wait())
        sleeper = asyncio.create_task(until())
        self._idle.set()
        try:
            await asyncio.wait({waker, sleeper}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            self._idle.clear()
            for task in (waker, sleeper):
                task.cancel()
            await asyncio.gather(waker, sleeper, return_exceptions=True)
