"""The Telegram adapter: `sportsbot run telegram` polls the Bot API and answers through the core.

Imported only when Telegram is used, so the core never needs python-telegram-bot.
"""

from __future__ import annotations

import asyncio
import logging
from contextlib import nullcontext
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from adapters.telegram.runner import Tuning
    from bot.app import App

log = logging.getLogger(__name__)


async def serve(app: App, stop: asyncio.Event | None = None, tuning: Tuning | None = None) -> None:
    """Run the bot until SIGTERM/SIGINT (or until `stop` is set), then stop cleanly.

    While it runs, `app.senders["telegram"]` lets the scheduler post announcements;
    on the way out the app's services stop (finishing sends under way) before that
    sender closes.
    A bot that cannot start (refused token, no connection) ends the program with a
    one-line reason instead of a traceback.
    """
    from adapters.telegram.redact import TokenRedactor
    from adapters.telegram.runner import (
        StartupError,
        TelegramBot,
        Tuning,
        require_token,
        stop_on_signals,
    )
    from adapters.telegram.sender import TelegramSender

    redactor = TokenRedactor([require_token(app.config)]).install()
    own_stop = stop is None
    stop = stop or asyncio.Event()
    try:
        bot = TelegramBot(app.core, app.config, tuning or Tuning())
        sender = TelegramSender.from_config(app.config)
        with stop_on_signals(stop) if own_stop else nullcontext():
            await sender.start()
            app.senders[sender.platform] = sender
            try:
                try:
                    await bot.start()
                except StartupError as error:
                    log.error("%s", error)
                    raise SystemExit(f"sportsbot: {error}") from None
                try:
                    await stop.wait()
                finally:
                    await bot.stop()
            finally:
                await app.stop_services()
                app.senders.pop(sender.platform, None)
                await sender.close()
    finally:
        redactor.uninstall()
