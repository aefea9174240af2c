"""Drives the real Discord adapter against the stand-in Discord: start, ask, press, read back."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any

from adapters.discord.client import SportsbotClient, build_client, run
from bot.app import App
from bot.config import Config
from tests.support import discord_payloads as payloads
from tests.support.discord_standin import Callback, DiscordStandin


async def no_identify_wait(shard_id: int | None, *, initial: bool = False) -> None:
    """discord.py waits 5 s before identifying again; the stand-in has no identify limit."""


@dataclass
class Driver:
    app: App
    client: SportsbotClient
    standin: DiscordStandin
    task: asyncio.Task | None = None
    guild_scope: str | None = None
    seen: list[dict[str, Any]] = field(default_factory=list)

    @classmethod
    async def start(cls, app: App, standin: DiscordStandin, defer_after: float = 2.0) -> Driver:
        client = build_client(app, defer_after=defer_after, guild_ready_timeout=0.05)
        client.before_identify_hook = no_identify_wait
        driver = cls(app, client, standin, guild_scope=_scope(app.config))
        driver.task = asyncio.create_task(run(client))
        try:
            await standin.wait_for(lambda: client.is_ready() or driver.task.done(), timeout=30)
            if driver.task.done():
                driver.task.result()
        except BaseException:
            await driver.stop()
            raise
        return driver

    async def stop(self) -> None:
        if self.task is None or self.task.done():
            return
        await self.client.close()
        await asyncio.wait_for(self.task, 10)

    def command_id(self, name: str) -> str:
        commands = self.standin.synced[self.guild_scope or "global"]
        return next(c["id"] for c in commands if c["name"] == name)

    async def slash(
        self,
        name: str,
        options: dict[str, str] | None = None,
        guild: payloads.Guild | None = None,
        member: payloads.Member | None = None,
        locale: str = "en-US",
    ) -> dict[str, Any]:
        """Run a slash command and return its interaction once it has been answered."""
        data = payloads.command_data(
            name, options or {}, self.command_id(name), self.guild_scope and guild and guild.id
        )
        payload = self._interaction(2, data, guild, member, locale)
        await self.standin.interact(payload)
        await self.standin.wait_for(lambda: self.answered(payload))
        return payload

    async def autocomplete(
        self,
        name: str,
        options: dict[str, str],
        focused: str,
        guild: payloads.Guild | None = None,
        locale: str = "en-US",
    ) -> list[dict[str, Any]]:
        data = payloads.command_data(
            name, options, self.command_id(name), self.guild_scope and guild and guild.id, focused
        )
        payload = self._interaction(4, data, guild, None, locale)
        await self.standin.interact(payload)
        callbacks = await self.standin.wait_for(lambda: self.standin.callbacks_for(payload))
        assert callbacks[0].type == 8
        return callbacks[0].data["choices"]

    async def press(
        self,
        question: dict[str, Any],
        label: str,
        guild: payloads.Guild | None = None,
        member: payloads.Member | None = None,
        locale: str = "en-US",
    ) -> dict[str, Any]:
        """Press the button labelled `label` on the message that answered `question`."""
        message = self.standin._originals[question["token"]]
        button = next(b for b in buttons(message) if b["label"] == label)
        data = {"custom_id": button["custom_id"], "component_type": 2}
        payload = self._interaction(3, data, guild, member, locale, message)
        await self.standin.interact(payload)
        await self.standin.wait_for(lambda: self.answered(payload))
        return payload

    def answered(self, payload: dict[str, Any]) -> bool:
        """Answered with a message or edit (a bare defer is not an answer yet)."""
        return bool(self.standin.messages_for(payload))

    def callback(self, payload: dict[str, Any]) -> Callback:
        return self.standin.callbacks_for(payload)[0]

    def last_message(self, payload: dict[str, Any]) -> dict[str, Any]:
        return self.standin.messages_for(payload)[-1].body

    def _interaction(self, kind, data, guild, member, locale, message=None) -> dict[str, Any]:
        if member is None:
            member = guild.members[0] if guild else payloads.Member(payloads.snowflake(), "dm")
        return payloads.interaction(
            kind, data, self.standin.application_id, guild, member, locale, message
        )


def buttons(message: dict[str, Any]) -> list[dict[str, Any]]:
    return [c for row in message.get("components") or [] for c in row.get("components", [])]


def embed_text(body: dict[str, Any]) -> str:
    """Everything a user reads in a message's embeds, in order."""
    parts = []
    for embed in body.get("embeds") or []:
        parts.append(embed.get("title") or "")
        parts.append(embed.get("description") or "")
        for field_ in embed.get("fields") or []:
            parts.extend((field_["name"], field_["value"]))
        parts.append((embed.get("footer") or {}).get("text") or "")
    return "\n".join(p for p in parts if p)


def is_ephemeral(body: dict[str, Any]) -> bool:
    return bool((body.get("flags") or 0) & 64)


def _scope(config: Config) -> str | None:
    return str(config.discord_guild_id) if config.discord_guild_id else None
