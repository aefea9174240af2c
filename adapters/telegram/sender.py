"""The outbox's way to Telegram: send or edit one announcement, with failures sorted for it.

Implements bot.schedule.sender.Sender. It uses its own Bot without PTB's rate
limiter, because the dispatcher paces itself by `limits` and must see every
429 to hold back the chat. Made by `from_config`, it keeps its token out of
the logs until `close()`. Failures become RetryLater (429), ChatGone (blocked,
kicked, chat not found: the request was refused, nothing reached the chat),
DeliveryUnknown (the request went out but no answer came back: Telegram may
have posted it) or TransientError (no connection, 5xx and anything else).
Telegram has no idempotency key, so `idempotent` is False.

Sends go through PTB's Bot on an aiohttp backend (adapters/telegram/aiohttp_request.py)
and take the raw answer (`Bot._post`, which still raises PTB's errors), not a
`Message` object: a fan-out to thousands of chats needs only each message's id.
"""

from __future__ import annotations

import logging

import httpx
from telegram import Bot
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError
from telegram.request import BaseRequest, HTTPXRequest

from adapters.telegram import aiohttp_request
from adapters.telegram.aiohttp_request import AiohttpRequest
from adapters.telegram.redact import TokenRedactor
from adapters.telegram.render import render
from adapters.telegram.retry import Backoff, retry_after_seconds, with_retries
from adapters.telegram.runner import file_url, require_token
from bot.config import Config
from bot.schedule.sender import (
    TELEGRAM_LIMITS,
    ChatGone,
    DeliveryUnknown,
    Limits,
    RetryLater,
    TransientError,
)
from bot.seam import Reply

log = logging.getLogger(__name__)
GONE = (
    "chat not found",
    "user is deactivated",
    "bot was kicked",
    "bot was blocked",
    "not a member",
    "peer_id_invalid",
    "have no rights to send",
    "not enough rights to send",
    "chat_write_forbidden",
    "group chat was deactivated",
)
NOT_MODIFIED = "message is not modified"
RENDER_CACHE = 64
NOT_SENT = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
    httpx.UnsupportedProtocol,
    *aiohttp_request.NOT_SENT,
)


class TelegramSender:
    platform = "telegram"
    supports_edit = True
    idempotent = False

    def __init__(
        self,
        bot: Bot,
        limits: Limits = TELEGRAM_LIMITS,
        token: str | None = None,
        requests: tuple[BaseRequest, ...] = (),
    ) -> None:
        self.bot = bot
        self.limits = limits
        self._redactor = TokenRedactor([token])
        self._requests = requests
        self._rendered: dict[int, tuple[Reply, list[str]]] = {}

    @classmethod
    def from_config(
        cls, config: Config, limits: Limits = TELEGRAM_LIMITS, pool: int = 16, timeout: float = 15
    ) -> TelegramSender:
        """`pool` keep-alive connections: at least the dispatcher's sends in flight."""
        token = require_token(config)
        redactor = TokenRedactor([token]).install()
        requests = (
            AiohttpRequest(pool_size=pool, read_timeout=timeout, connect_timeout=timeout),
            HTTPXRequest(connection_pool_size=1),
        )
        bot = Bot(
            token,
            base_url=config.telegram_base_url,
            base_file_url=file_url(config.telegram_base_url),
            request=requests[0],
            get_updates_request=requests[1],
        )
        sender = cls(bot, limits, token, requests)
        sender._redactor = redactor
        return sender

    async def start(self) -> None:
        """Opens the connection pools; calls nothing on Telegram, so it works offline."""
        for request in self._requests:
            await request.initialize()

    async def close(self) -> None:
        for request in self._requests:
            await request.shutdown()
        self._redactor.uninstall()

    async def send(self, chat_id: str, reply: Reply, key: str | None = None) -> str:
        """Post the reply; a long one goes out in parts and the first part's id is returned.

        Once the first part is out the announcement counts as sent: a later part
        that fails is retried a few times, then logged, never re-sent whole.
        """
        chunks = self._render(reply)
        if not chunks:
            raise TransientError("the announcement renders to an empty message")
        first = await self._call(lambda: self._post(chat_id, chunks[0]), chat_id)
        for chunk in chunks[1:]:
            try:
                await with_retries(
                    lambda chunk=chunk: self._post(chat_id, chunk),
                    f"sending the rest of an announcement to chat {chat_id}",
                    Backoff(attempts=3),
                )
            except TelegramError as error:
                log.error("part of an announcement to chat %s was lost: %s", chat_id, error)
                break
        return str(first["message_id"])

    def _render(self, reply: Reply) -> list[str]:
        """The dispatcher hands the same Reply to every chat of one language; render it once."""
        cached = self._rendered.get(id(reply))
        if cached is not None and cached[0] is reply:
            return cached[1]
        chunks = render(reply)
        if len(self._rendered) >= RENDER_CACHE:
            self._rendered.clear()
        self._rendered[id(reply)] = (reply, chunks)
        return chunks

    async def _post(self, chat_id: str, text: str) -> dict:
        params = {"chat_id": int(chat_id), "text": text, "parse_mode": ParseMode.HTML}
        return await self.bot._post("sendMessage", params)

    async def edit(self, chat_id: str, message_id: str, reply: Reply) -> None:
        chunks = render(reply)
        if not chunks:
            raise TransientError("the correction renders to an empty message")
        try:
            await self._call(
                lambda: self.bot.edit_message_text(
                    chunks[0],
                    chat_id=int(chat_id),
                    message_id=int(message_id),
                    parse_mode=ParseMode.HTML,
                ),
                chat_id,
            )
        except TransientError as error:
            if NOT_MODIFIED in error.reason.lower():
                return
            raise

    async def _call(self, action, chat_id: str):
        try:
            return await action()
        except RetryAfter as error:
            raise RetryLater(retry_after_seconds(error), "Telegram 429") from None
        except Forbidden as error:
            raise ChatGone(self._reason(error)) from None
        except BadRequest as error:
            reason = self._reason(error)
            if any(marker in reason.lower() for marker in GONE):
                raise ChatGone(reason) from None
            raise TransientError(reason) from None
        except NetworkError as error:
            cause = error.__cause__
            if cause is None or isinstance(cause, NOT_SENT):
                raise TransientError(self._reason(error)) from None
            raise DeliveryUnknown(self._reason(error)) from None
        except TelegramError as error:
            raise TransientError(self._reason(error)) from None
        except (ValueError, TypeError) as error:
            raise ChatGone(f"not a Telegram chat id: {chat_id!r} ({error})") from None

    def _reason(self, error: TelegramError) -> str:
        return self._redactor.redact(f"{type(error).__name__}: {error}")
