"""Turns a core Reply into what Discord shows: an embed, and buttons for its choices.

Text from the store (team names, venues, players) is shown as typed, with
Markdown escaped and every `@` followed by a zero-width space, so that neither
formatting nor a mention can be smuggled in by a report; the client also sends
every message with AllowedMentions.none(), so nothing pings even if one did.
Embed limits (25 fields, 1024 characters a field, 6000 in all) are kept here.
"""

from __future__ import annotations

import hashlib
import re
from collections import OrderedDict

import discord
from discord.utils import escape_markdown

from bot.seam import Choice, Reply

COLOURS = {"answer": 0x2E7D32, "question": 0x1565C0, "error": 0xC62828, "notice": 0x546E7A}
TITLE, DESCRIPTION, FIELD_NAME, FIELD_VALUE, FOOTER, TOTAL = 256, 4096, 256, 1024, 2048, 6000
MAX_FIELDS, MAX_BUTTONS, BUTTON_LABEL, CUSTOM_ID = 25, 25, 80, 100
BLANK = "\u200b"
CHOICE_PREFIX = "sb:"
VIEW_TIMEOUT = 600.0


def clean(text: str) -> str:
    """Markdown shown literally and mentions that cannot resolve, whatever the text holds."""
    return escape_markdown(text).replace("@", "@" + BLANK)


def clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def embed(reply: Reply) -> discord.Embed:
    budget = TOTAL
    title = clip(clean(reply.title), TITLE) if reply.title else None
    budget -= len(title or "")
    footer = clip(clean(reply.footer), FOOTER) if reply.footer else None
    budget -= len(footer or "")
    loose: list[str] = []  # sections without a heading before the first field
    fields: list[tuple[str, str]] = []
    for section in reply.sections:
        lines = [clean(line) for line in section.lines]
        if section.heading is None and not fields:
            loose.append("\n".join(lines))
            continue
        name = clip(clean(section.heading), FIELD_NAME) if section.heading else BLANK
        for chunk in _chunks(lines, FIELD_VALUE):
            fields.append((name, chunk))
            name = BLANK
    description = clip("\n\n".join(loose), min(DESCRIPTION, max(budget, 1))) if loose else None
    budget -= len(description or "")
    result = discord.Embed(
        title=title, description=description, colour=COLOURS.get(reply.kind, COLOURS["notice"])
    )
    for name, value in fields[:MAX_FIELDS]:
        budget -= len(name) + len(value)
        if budget < 0:
            break
        result.add_field(name=name, value=value, inline=False)
    if footer:
        result.set_footer(text=footer)
    return result


def _chunks(lines: list[str], limit: int) -> list[str]:
    """Field values of at most `limit` characters, split between lines where possible."""
    chunks: list[str] = []
    current = ""
    for line in lines or [BLANK]:
        line = clip(line, limit)
        if current and len(current) + 1 + len(line) > limit:
            chunks.append(current)
            current = line
        else:
            current = f"{current}\n{line}" if current else line
    chunks.append(current or BLANK)
    return chunks


class ChoiceButton(discord.ui.DynamicItem[discord.ui.Button], template=r"sb:(?P<key>.+)"):
    """A button that runs a command when pressed, even after a restart (the command is its id)."""

    def __init__(self, key: str, label: str = BLANK) -> None:
        super().__init__(
            discord.ui.Button(
                label=clip(label, BUTTON_LABEL) or BLANK,
                style=discord.ButtonStyle.primary,
                custom_id=CHOICE_PREFIX + key,
            )
        )
        self.key = key

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Button, match: re.Match[str]
    ) -> ChoiceButton:
        return cls(match["key"], item.label or BLANK)

    async def callback(self, interaction: discord.Interaction) -> None:
        await interaction.client.responder.press(interaction, command_for(self.key))


_long_commands: OrderedDict[str, str] = OrderedDict()


def key_for(command: str) -> str:
    """The command itself when it fits a custom id; else a hash kept in memory for a while."""
    if len(CHOICE_PREFIX) + len(command) <= CUSTOM_ID and not command.startswith("#"):
        return command
    key = "#" + hashlib.sha256(command.encode()).hexdigest()[:32]
    _long_commands[key] = command
    while len(_long_commands) > 10_000:
        _long_commands.popitem(last=False)
    return key


def command_for(key: str) -> str | None:
    """None for a hashed command this process no longer remembers."""
    if key.startswith("#"):
        return _long_commands.get(key)
    return key


def view(choices: tuple[Choice, ...]) -> discord.ui.View | None:
    if not choices:
        return None
    result = discord.ui.View(timeout=VIEW_TIMEOUT)
    for choice in choices[:MAX_BUTTONS]:
        result.add_item(ChoiceButton(key_for(choice.command), choice.label))
    return result
