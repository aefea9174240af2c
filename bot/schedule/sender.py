"""The seam between the outbox and a platform: send or edit one announcement.

Every platform adapter provides one `Sender` (adapters/telegram/sender.py,
adapters/discord/sender.py). The dispatcher in bot/schedule never imports a
platform library; it hands a `Reply` (already localized) to the chat's sender
and reacts to the few outcomes below. Senders do their own formatting and
escaping, exactly as for command replies.

Outcomes a sender reports, and what the dispatcher does:

- returns a message id: the announcement is marked sent (the id is kept so a
  later correction can edit it);
- raises `RetryLater(seconds)`: the platform said "too many requests" (Telegram
  429 retry_after); the chat's announcements wait at least that long;
- raises `ChatGone(reason)`: the bot was blocked or removed, or the chat no
  longer exists (Telegram 403 / "chat not found", Discord 403/404 on the
  channel); the chat is unsubscribed, its pending announcements are dropped and
  this is logged, never retried;
- raises `TransientError(reason)`: network trouble or a 5xx; retried with
  exponential backoff, a bounded number of times;
- raises `DeliveryUnknown(reason)`: the request may have reached the platform
  but no answer came (a read timeout); handled like a crash in flight: re-sent
  only if the sender is idempotent, else logged and not re-sent;
- any other exception is treated like `TransientError`.

An adapter must raise `ChatGone` only when it is sure the request was refused,
so the dispatcher knows the message did not reach the chat.

`key` is a stable id of one announcement (the same on every attempt). A
platform that can deduplicate by it (Discord's message nonce with
enforce_nonce) sets `idempotent = True`; the dispatcher then re-sends an
announcement whose outcome a crash left unknown. Where the platform cannot
(Telegram), `idempotent` is False and such an announcement is not re-sent, so
nothing is ever sent twice (see docs/announcements.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from bot.seam import Reply


class SendError(Exception):
    """Base of the outcomes a sender reports; see the module docstring."""


class RetryLater(SendError):
    def __init__(self, seconds: float, reason: str = "rate limited") -> None:
        super().__init__(f"{reason}; retry after {seconds:g}s")
        self.seconds = float(seconds)
        self.reason = reason


class ChatGone(SendError):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class TransientError(SendError):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class DeliveryUnknown(SendError):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Limits:
    """Send rates a platform allows; None means "no limit of this kind".

    The dispatcher paces itself by these so that 429s stay the exception.
    `per_chat_interval` is the shortest gap between two messages to one chat, and
    `per_group` caps messages per minute to one group chat.
    """

    overall_per_second: float | None = None
    per_chat_interval: float | None = None
    per_group_per_minute: int | None = None


NO_LIMITS = Limits()
TELEGRAM_LIMITS = Limits(overall_per_second=30.0, per_chat_interval=1.0, per_group_per_minute=20)


@runtime_checkable
class Sender(Protocol):
    """What a platform gives the outbox. `platform` matches ChatContext.platform."""

    platform: str
    supports_edit: bool
    idempotent: bool
    limits: Limits

    async def send(self, chat_id: str, reply: Reply, key: str | None = None) -> str:
        """Post `reply` to the chat and return the platform's message id."""

    async def edit(self, chat_id: str, message_id: str, reply: Reply) -> None:
        """Replace an earlier message's content (only called if supports_edit)."""


@dataclass
class Sent:
    chat_id: str
    message_id: str
    reply: Reply
    edit: bool = False
    key: str | None = None


@dataclass
class RecordingSender:
    """A sender for tests: keeps every send and edit, and fails on request.

    `fail[chat_id]` is a list of exceptions raised, one per call, before the
    chat's calls start succeeding.
    """

    platform: str = "test"
    supports_edit: bool = True
    idempotent: bool = False
    limits: Limits = NO_LIMITS
    sent: list[Sent] = field(default_factory=list)
    fail: dict[str, list[Exception]] = field(default_factory=dict)
    calls: int = 0

    async def send(self, chat_id: str, reply: Reply, key: str | None = None) -> str:
        self._maybe_fail(chat_id)
        message_id = str(len(self.sent) + 1)
        self.sent.append(Sent(chat_id, message_id, reply, key=key))
        return message_id

    async def edit(self, chat_id: str, message_id: str, reply: Reply) -> None:
        self._maybe_fail(chat_id)
        self.sent.append(Sent(chat_id, message_id, reply, edit=True))

    def to(self, chat_id: str) -> list[Sent]:
        return [item for item in self.sent if item.chat_id == chat_id]

    def _maybe_fail(self, chat_id: str) -> None:
        self.calls += 1
        queue = self.fail.get(chat_id)
        if queue:
            raise queue.pop(0)
