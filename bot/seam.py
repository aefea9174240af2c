"""The one narrow seam between the core and the platform adapters.

An adapter turns a platform update into a `Command` (or command text plus a
`ChatContext`), hands it to `bot.core.Core`, and renders the `Reply` it gets
back in its own way: Telegram as escaped HTML, Discord as an embed, the console
as plain text. Nothing here knows about any platform, and nothing in a Reply is
pre-formatted markup, so each adapter does its own escaping.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class ChatContext:
    """Who asks, and where.

    `admin_check` is awaited only by commands that change a chat's settings,
    so adapters need not ask their platform about permissions on every message.
    """

    platform: str
    chat_id: str
    chat_type: str = "private"
    user_id: str | None = None
    user_lang: str | None = None
    admin_check: Callable[[], Awaitable[bool]] | None = None
    parent_id: str | None = None
    """The chat whose settings this one inherits (a Discord channel's server), if any."""

    @property
    def is_group(self) -> bool:
        return self.chat_type != "private"

    async def is_admin(self) -> bool:
        if not self.is_group:
            return True
        if self.admin_check is None:
            return False
        return await self.admin_check()


@dataclass(frozen=True)
class Command:
    name: str
    args: tuple[str, ...]
    chat: ChatContext
    text: str = ""


@dataclass(frozen=True)
class Section:
    """A titled group of lines: one leg of a tie, say. Discord makes it a field."""

    heading: str | None
    lines: tuple[str, ...]


@dataclass(frozen=True)
class Choice:
    """A button: pressing it runs `command` as if the user had typed it."""

    label: str
    command: str


@dataclass(frozen=True)
class Reply:
    """What the core answers, already localized, not yet formatted.

    kind is one of: answer (facts), question (has choices), error (bad input,
    unknown team, refused), notice (a settings confirmation, help).
    `language_changed` tells adapters to refresh per-chat menus.
    """

    lang: str
    title: str | None = None
    sections: tuple[Section, ...] = ()
    footer: str | None = None
    choices: tuple[Choice, ...] = ()
    kind: str = "answer"
    language_changed: str | None = None
    meta: dict[str, str] = field(default_factory=dict)

    @property
    def is_error(self) -> bool:
        return self.kind == "error"

    def as_text(self) -> str:
        """Plain text for the console, logs and tests: no markup at all."""
        parts: list[str] = []
        if self.title:
            parts.append(self.title)
        for section in self.sections:
            block = [section.heading] if section.heading else []
            block.extend(section.lines)
            parts.append("\n".join(block))
        if self.choices:
            parts.append("\n".join(f"[{i}] {c.label}" for i, c in enumerate(self.choices, 1)))
        if self.footer:
            parts.append(self.footer)
        return "\n\n".join(parts)
