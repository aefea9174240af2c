"""Choices as inline buttons, within Telegram's 64-byte limit on a button's callback data.

A choice's command goes into the button itself when it fits ("c:/tie inter-miami
lafc"), so such buttons keep working after a restart. A longer command is kept
here under a short random key ("k:…"); if the bot restarted since, the key is
unknown and the user is asked to send the question again.
"""

from __future__ import annotations

import secrets
from collections import OrderedDict

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.seam import Choice

MAX_DATA = 64
DIRECT = "c:"
KEYED = "k:"


class ChoiceKeys:
    """Short keys for long choice commands; the oldest are forgotten past `capacity`."""

    def __init__(self, capacity: int = 10_000) -> None:
        self.capacity = capacity
        self._commands: OrderedDict[str, str] = OrderedDict()

    def encode(self, command: str) -> str:
        direct = DIRECT + command
        if len(direct.encode("utf-8")) <= MAX_DATA:
            return direct
        key = KEYED + secrets.token_urlsafe(12)
        self._commands[key] = command
        while len(self._commands) > self.capacity:
            self._commands.popitem(last=False)
        return key

    def decode(self, data: str | None) -> str | None:
        """The command a button runs, or None if it is not ours or no longer known."""
        if not data:
            return None
        if data.startswith(DIRECT):
            return data[len(DIRECT) :] or None
        if data.startswith(KEYED):
            return self._commands.get(data)
        return None

    def keyboard(
        self, choices: tuple[Choice, ...], per_row: int = 1
    ) -> InlineKeyboardMarkup | None:
        if not choices:
            return None
        buttons = [
            InlineKeyboardButton(_label(choice.label), callback_data=self.encode(choice.command))
            for choice in choices
        ]
        rows = [buttons[i : i + per_row] for i in range(0, len(buttons), per_row)]
        return InlineKeyboardMarkup(rows)


def _label(text: str) -> str:
    """Button text must not be empty; very long labels are cut."""
    text = " ".join(text.split()) or "?"
    return text if len(text) <= 60 else text[:59] + "…"
