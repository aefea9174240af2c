"""Keeps the bot token out of every log line, whoever logs it and whatever handler writes it.

A log-record factory sees each record before any handler does, so the token is
replaced in the message, its arguments and any traceback text, including
records from discord.py and aiohttp and handlers added later.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable

MASK = "[redacted token]"

_installed: set[str] = set()
_previous: Callable[..., logging.LogRecord] | None = None


def redact(text: str) -> str:
    for secret in _installed:
        text = text.replace(secret, MASK)
    return text


def install(token: str | None) -> None:
    """From now on, every log record has `token` replaced by a mask."""
    global _previous
    if not token:
        return
    _installed.add(token.strip())
    if _previous is None:
        _previous = logging.getLogRecordFactory()
        logging.setLogRecordFactory(_record)


def uninstall() -> None:
    global _previous
    if _previous is not None:
        logging.setLogRecordFactory(_previous)
        _previous = None
    _installed.clear()


def _record(*args: object, **kwargs: object) -> logging.LogRecord:
    assert _previous is not None
    record = _previous(*args, **kwargs)
    if not _installed:
        return record
    try:
        message = record.getMessage()
    except Exception:
        message = str(record.msg)
    cleaned = redact(message)
    if cleaned != message:
        record.msg, record.args = cleaned, ()
    if record.exc_info and record.exc_info[0] is not None:
        text = "".join(traceback.format_exception(*record.exc_info)).rstrip("\n")
        if redact(text) != text:
            record.exc_text = redact(text)
    if record.stack_info:
        record.stack_info = redact(record.stack_info)
    return record
