"""Retries a Bot API call through network trouble and 5xx answers, with growing pauses.

429s are waited out by python-telegram-bot's AIORateLimiter before they get
here; one that still escapes is waited out once more. A 400 or 403 is final:
sending the same request again would get the same answer. A timed-out send may
have reached Telegram, so a retry can, rarely, show a reply twice; for a
command's answer that beats losing it.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TypeVar

from telegram.error import BadRequest, NetworkError, RetryAfter

T = TypeVar("T")
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Backoff:
    attempts: int = 4
    first_delay: float = 0.5
    factor: float = 2.0
    max_delay: float = 10.0

    def delay(self, attempt: int) -> float:
        return min(self.max_delay, self.first_delay * self.factor ** (attempt - 1))


DEFAULT_BACKOFF = Backoff()


def retry_after_seconds(error: RetryAfter) -> float:
    """Read without the deprecated int/timedelta property, which warns on every access."""
    value = getattr(error, "_retry_after", None)
    if value is None:
        value = error.retry_after
    return float(value.total_seconds() if hasattr(value, "total_seconds") else value)


async def with_retries(
    action: Callable[[], Awaitable[T]], what: str, backoff: Backoff = DEFAULT_BACKOFF
) -> T:
    """Run `action` until it succeeds or `backoff.attempts` are used; then raise its last error."""
    attempt = 1
    while True:
        try:
            return await action()
        except BadRequest:
            raise
        except RetryAfter as error:
            if attempt >= backoff.attempts:
                log.error("%s: still rate limited after %d attempts; giving up", what, attempt)
                raise
            pause = retry_after_seconds(error) + 0.1
            log.warning("%s: rate limited, waiting %.1fs (attempt %d)", what, pause, attempt)
        except NetworkError as error:
            if attempt >= backoff.attempts:
                log.error("%s: failed after %d attempts: %s", what, attempt, error)
                raise
            pause = backoff.delay(attempt)
            log.warning("%s: %s; retrying in %.1fs (attempt %d)", what, error, pause, attempt)
        await asyncio.sleep(pause)
        attempt += 1
