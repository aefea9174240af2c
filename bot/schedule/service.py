"""Starts announcements in a running bot: the dispatcher task and, if configured, the inbox.

`bot.app.App.start_services` calls `start(app)`; cleanup goes on `app.services`,
which adapters close before their senders. Platform senders appear in
`app.senders` when an adapter starts, so the dispatcher reads that mapping live
rather than a copy.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from bot.schedule.dispatcher import Dispatcher
from bot.schedule.inbox import Inbox
from bot.schedule.outbox import hook

log = logging.getLogger(__name__)


class Announcements:
    """The running parts of issue 6 for one app: hook, dispatcher and inbox."""

    def __init__(self, app: Any, concurrency: int = 4, read: Any = None) -> None:
        self.app = app
        self.read = read
        self.hook = hook(app.clock, app.config.timezone)
        self.dispatcher = Dispatcher(
            app.store, app.senders, app.clock, app.config.lang, concurrency=concurrency
        )
        self.inbox: Inbox | None = None
        if app.config.inbox_dir is not None:
            self.inbox = Inbox(
                Path(app.config.inbox_dir),
                self.ingest_file,
                app.clock,
                app.config.inbox_interval,
                after_ingest=self.dispatcher.wake,
            )

    async def ingest_file(self, path: Path) -> object:
        """Read one report file and store its facts, queueing announcements in the same step."""
        from bot.ingest import ingest_file

        outcome = await ingest_file(
            self.app.store, path, self.app.resolver, read=self.read, on_events=self.hook
        )
        if outcome.failure is not None:
            failure = outcome.failure
            raise InboxError(failure.describe().removeprefix(f"{path}: "))
        return outcome

    async def start(self) -> None:
        await self.dispatcher.start()
        if self.inbox is not None:
            await self.inbox.start()
            log.info("watching %s for reports every %gs", self.inbox.folder, self.inbox.interval)

    async def stop(self) -> None:
        if self.inbox is not None:
            await self.inbox.stop()
        await self.dispatcher.stop()


class InboxError(Exception):
    """A report the ingest pipeline could not take; the text goes to NAME.reason.txt."""


async def start(app: Any) -> Announcements:
    announcements = Announcements(app)
    await announcements.start()
    app.services.push_async_callback(announcements.stop)
    app.announcements = announcements
    return announcements
