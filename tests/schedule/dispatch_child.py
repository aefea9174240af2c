"""A bot process that only delivers announcements: run by the kill test as a subprocess.

    python -m tests.schedule.dispatch_child DB BASE_URL TOKEN

It settles what an earlier run left 'sending', delivers everything due through
the real TelegramSender, and exits 0 when nothing is due any more.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from pathlib import Path

from adapters.telegram.sender import TelegramSender
from bot.clock import SystemClock
from bot.config import Config
from bot.schedule.dispatcher import Dispatcher
from storage.sqlite import SqliteStore


async def main(db: Path, base_url: str, token: str) -> None:
    store = await SqliteStore.open(db)
    config = Config(db_path=db, telegram_token=token, telegram_base_url=base_url)
    sender = TelegramSender.from_config(config)
    await sender.start()
    try:
        dispatcher = Dispatcher(store, [sender], SystemClock(), concurrency=1)
        await dispatcher.recover()
        while await dispatcher.run_once():
            pass
    finally:
        await sender.close()
        await store.close()


if __name__ == "__main__":
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    asyncio.run(main(Path(sys.argv[1]), sys.argv[2], sys.argv[3]))
