"""Builds the python-telegram-bot Application from the config, runs it, and stops it cleanly.

The base URL comes from the config so a self-hosted Bot API server (or the
tests' stand-in) can take Telegram's place. 429s are waited out by PTB's
AIORateLimiter; other send failures are retried in adapters.telegram.retry.
"""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from telegram import Update
from telegram.error import InvalidToken, TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    CallbackQueryHandler,
    InlineQueryHandler,
    MessageHandler,
    filters,
)

from adapters.telegram.handlers import Handlers
from adapters.telegram.menus import publish_default_menus
from adapters.telegram.ordering import PerChatOrder
from adapters.telegram.redact import TokenRedactor
from adapters.telegram.retry import Backoff, with_retries
from bot.config import Config, ConfigError
from bot.core import Core

log = logging.getLogger(__name__)
UPDATES = [Update.MESSAGE, Update.CALLBACK_QUERY, Update.INLINE_QUERY]


class StartupError(RuntimeError):
    """The bot could not start; the message says why and never contains the token."""


@dataclass(frozen=True)
class Tuning:
    """Timeouts and retry counts; tests shorten them."""

    poll_timeout: float = 30.0
    request_timeout: float = 15.0
    rate_limit_retries: int = 3
    concurrent_updates: int = 16
    backoff: Backoff = Backoff()
    startup_attempts: int = 5


def require_token(config: Config) -> str:
    if not config.telegram_token:
        raise ConfigError("no Telegram token: set TELEGRAM_BOT_TOKEN or [telegram] token")
    return config.telegram_token


def file_url(base_url: str) -> str:
    """Telegram serves files under /file/bot<token>; a self-hosted server does the same."""
    base = base_url.rstrip("/")
    return base[: -len("/bot")] + "/file/bot" if base.endswith("/bot") else base


def build_application(config: Config, handlers: Handlers, tuning: Tuning = Tuning()) -> Application:
    token = require_token(config)
    application = (
        Application.builder()
        .token(token)
        .base_url(config.telegram_base_url)
        .base_file_url(file_url(config.telegram_base_url))
        .rate_limiter(AIORateLimiter(max_retries=tuning.rate_limit_retries))
        .concurrent_updates(PerChatOrder(tuning.concurrent_updates))
        .connect_timeout(tuning.request_timeout)
        .read_timeout(tuning.request_timeout)
        .write_timeout(tuning.request_timeout)
        .get_updates_read_timeout(tuning.poll_timeout + tuning.request_timeout)
        .build()
    )
    application.add_handler(
        MessageHandler(filters.UpdateType.MESSAGE & filters.TEXT, handlers.on_message)
    )
    application.add_handler(CallbackQueryHandler(handlers.on_callback))
    application.add_handler(InlineQueryHandler(handlers.on_inline))
    application.add_error_handler(handlers.on_error)
    return application


class TelegramBot:
    """One polling bot: `await start()`, later `await stop()`; or `async with`."""

    def __init__(self, core: Core, config: Config, tuning: Tuning = Tuning()) -> None:
        self.core = core
        self.config = config
        self.tuning = tuning
        self.redactor = TokenRedactor([config.telegram_token])
        self.handlers = Handlers(core, backoff=tuning.backoff)
        self.application: Application | None = None

    async def __aenter__(self) -> TelegramBot:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    async def start(self) -> None:
        self.redactor.install()
        application = build_application(self.config, self.handlers, self.tuning)
        try:
            await with_retries(
                application.initialize,
                "connecting to the Telegram Bot API",
                Backoff(attempts=self.tuning.startup_attempts),
            )
        except InvalidToken:
            self.redactor.uninstall()
            raise StartupError("Telegram refused the bot token; check TELEGRAM_BOT_TOKEN") from None
        except TelegramError as error:
            self.redactor.uninstall()
            reason = self.redactor.redact(str(error))
            raise StartupError(f"cannot reach the Telegram Bot API: {reason}") from None
        self.application = application
        log.info("Telegram bot @%s connected", application.bot.username)
        await publish_default_menus(application.bot, self.core)
        await application.start()
        await application.updater.start_polling(
            timeout=self.tuning.poll_timeout, allowed_updates=UPDATES
        )
        log.info("Telegram bot @%s is polling for updates", application.bot.username)

    async def stop(self) -> None:
        application, self.application = self.application, None
        if application is None:
            return
        try:
            if application.updater and application.updater.running:
                await application.updater.stop()
            if application.running:
                await application.stop()
            await application.shutdown()
            log.info("Telegram bot stopped")
        finally:
            self.redactor.uninstall()


@contextmanager
def stop_on_signals(stop: asyncio.Event) -> Iterator[None]:
    """SIGTERM and SIGINT set `stop`, so the bot finishes what it is doing and closes down."""
    loop = asyncio.get_running_loop()
    installed = []
    for number in (signal.SIGTERM, signal.SIGINT):
        try:
            loop.add_signal_handler(number, _on_signal, stop, number)
            installed.append(number)
        except (NotImplementedError, RuntimeError, ValueError):
            log.debug("cannot handle signal %s here", number)
    try:
        yield
    finally:
        for number in installed:
            loop.remove_signal_handler(number)


def _on_signal(stop: asyncio.Event, number: int) -> None:
    log.info("received %s; stopping", signal.Signals(number).name)
    stop.set()
