"""The composition root: opens the store, seeds it on first run, and builds the core around it.

    async with App.open(config) as app:
        reply = await app.core.handle_text("/tie miami lafc", chat)

Long-running parts (the scheduler, the reports inbox) are services: modules
named in SERVICE_MODULES with ``async def start(app: App) -> None`` that put
their own cleanup on ``app.services``. `sportsbot run` starts them; one-shot
commands like `sportsbot ask` do not. Services stop before the senders they use
close: an adapter calls ``app.stop_services()`` before closing its sender, and the
app's exit does it too for a bot that never started one.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import AsyncIterator, Callable
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.clock import Clock, SystemClock
from bot.config import Config
from bot.core import Core
from bot.i18n import Translator, translator
from bot.teams.resolver import TeamResolver
from storage.protocol import Store

log = logging.getLogger(__name__)

SERVICE_MODULES = ("bot.schedule.service",)


@dataclass
class App:
    config: Config
    store: Store
    resolver: TeamResolver
    core: Core
    clock: Clock
    translator: Callable[[str], Translator]
    exit_stack: AsyncExitStack
    senders: dict[str, Any] = field(default_factory=dict)
    """Per platform, the adapter's bot.schedule.sender.Sender, set by the adapter in serve()."""
    services: AsyncExitStack = field(default_factory=AsyncExitStack)
    """Cleanup of the started services; closed by stop_services()."""

    @classmethod
    @asynccontextmanager
    async def open(
        cls, config: Config, clock: Clock | None = None, seed: bool = True
    ) -> AsyncIterator[App]:
        from storage.sqlite import SqliteStore

        async with AsyncExitStack() as stack:
            store = await SqliteStore.open(config.db_path)
            stack.push_async_callback(store.close)
            if seed:
                await seed_store(store, config.seeds_dir)
            clock = clock or SystemClock()
            resolver = TeamResolver.default()
            core = Core(store, resolver, config, clock, translator)
            yield cls(config, store, resolver, core, clock, translator, stack)

    async def start_services(self) -> None:
        """Start the scheduler, inbox and whatever else is installed; they stop with the app."""
        self.exit_stack.push_async_callback(self.stop_services)
        for name in SERVICE_MODULES:
            await importlib.import_module(name).start(self)

    async def stop_services(self) -> None:
        """Stop the services, letting each finish what it has in hand (a send under way).

        Adapters call this before closing the senders the services use; calling it
        again (the app's exit does) does nothing.
        """
        await self.services.aclose()


async def seed_store(store: Store, seeds_dir: Path) -> None:
    """Build the store from seeds/ when it has no reports yet (first run)."""
    from bot.ingest import ensure_seeded

    if not Path(seeds_dir).is_dir():
        log.warning("no seeds directory at %s; starting with an empty store", seeds_dir)
        return
    try:
        summary = await ensure_seeded(store, seeds_dir)
    except Exception:
        log.exception("seeding the store from %s failed; it starts without those facts", seeds_dir)
        return
    if summary is not None:
        log.info("seeded the store from %s", seeds_dir)
