"""Keeps the bot token out of every log line: httpx and python-telegram-bot log URLs with it.

The Bot API puts the token in the request path (``/bot<token>/getUpdates``), and
httpx logs each request's URL at INFO. Filters on a logger do not reach records
of its child loggers, and handlers come and go (pytest adds its own), so the
redaction happens where every record is made: one wrapper around the log record
factory rewrites the message, and any traceback text, before a handler sees
them. Each TokenRedactor adds its secrets while installed; the wrapper goes
away when the last one is uninstalled.
"""

from __future__ import annotations

import logging
import threading
from collections import Counter
from collections.abc import Callable, Iterable
from urllib.parse import quote

MASK = "<token>"
_lock = threading.Lock()
_active: Counter[str] = Counter()
_previous: Callable[..., logging.LogRecord] | None = None


def redact(text: str, secrets: Iterable[str] | None = None) -> str:
    for secret in sorted(_active if secrets is None else secrets, key=len, reverse=True):
        text = text.replace(secret, MASK)
    return text


def _leaks(text: str) -> bool:
    return any(secret in text for secret in list(_active))


def _make_record(*args: object, **kwargs: object) -> logging.LogRecord:
    record = (_previous or logging.LogRecord)(*args, **kwargs)
    if not _active:
        return record
    try:
        message = record.getMessage()
    except Exception:  # a broken format string is the logging module's to report
        return record
    if _leaks(message):
        record.msg, record.args = redact(message), ()
    if record.exc_info and record.exc_info[0] is not None:
        text = logging.Formatter().formatException(record.exc_info)
        if _leaks(text):
            record.exc_text = redact(text)
    if record.stack_info and _leaks(record.stack_info):
        record.stack_info = redact(record.stack_info)
    return record


def _forms(token: str) -> set[str]:
    """The token as written, URL-encoded, and its secret half (after "id:") on its own."""
    forms = {token, quote(token, safe="")}
    _, _, secret = token.partition(":")
    if len(secret) >= 8:
        forms.add(secret)
    return forms


class TokenRedactor:
    """Masks these secrets in every log record while installed, and in text on request."""

    def __init__(self, secrets: Iterable[str | None]) -> None:
        forms = set()
        for secret in secrets:
            if secret and len(secret) >= 4:
                forms.update(_forms(secret))
        self.secrets = sorted(forms, key=len, reverse=True)
        self._installed = False

    def redact(self, text: str) -> str:
        return redact(text, self.secrets)

    def install(self) -> TokenRedactor:
        global _previous
        with _lock:
            if self._installed or not self.secrets:
                return self
            if logging.getLogRecordFactory() is not _make_record:
                _previous = logging.getLogRecordFactory()
                logging.setLogRecordFactory(_make_record)
            _active.update(self.secrets)
            self._installed = True
        return self

    def uninstall(self) -> None:
        global _previous
        with _lock:
            if not self._installed:
                return
            _active.subtract(self.secrets)
            for secret in [s for s, n in _active.items() if n <= 0]:
                del _active[secret]
            self._installed = False
            if not _active and logging.getLogRecordFactory() is _make_record:
                logging.setLogRecordFactory(_previous or logging.LogRecord)
                _previous = None
