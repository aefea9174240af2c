"""Why a file is not a report we can read; the reason code is what the CLI
and the chat replies translate, the message is for logs."""

from __future__ import annotations

REASONS = ("empty", "binary", "too_large", "language", "not_football", "unreadable")


class UnreadableReport(Exception):
    """A report the reader refuses, with one of REASONS as `reason_code`."""

    def __init__(self, reason_code: str, message: str) -> None:
        super().__init__(message)
        self.reason_code = reason_code
        self.message = message
