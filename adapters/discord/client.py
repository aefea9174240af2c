"""The discord.py client: slash commands on a tree, synced on start, and no mention ever parsed.

Only the non-privileged `guilds` intent is asked for: slash commands, autocomplete
and buttons arrive as interactions whatever the intents, and the guild cache
lets discord.py resolve the channel an interaction comes from.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

import discord
from discord import app_commands

from adapters.discord import endpoints, redact
from adapters.discord.render import ChoiceButton
from adapters.discord.responder import DEFER_AFTER, Responder
from adapters.discord.slash import build_commands
from adapters.discord.translator import CatalogTranslator
from bot.config import Config

log = logging.getLogger(__name__)


class SportsbotClient(discord.Client):
    def __init__(
        self, responder: Responder, config: Config, commands: list[Any], **options: Any
    ) -> None:
        super().__init__(
            intents=discord.Intents(guilds=True),
            allowed_mentions=discord.AllowedMentions.none(),
            **options,
        )
        self.responder = responder
        self.config = config
        self.custom_endpoints = False
        self.tree = app_commands.CommandTree(self)
        self.tree.on_error = self._command_failed
        for command in commands:
            self.tree.add_command(command)

    async def setup_hook(self) -> None:
        """Runs after login and before the gateway connects: endpoints, translator, sync."""
        if self.custom_endpoints:
            await endpoints.use_gateway_of(self.http)
        await self.tree.set_translator(CatalogTranslator())
        self.add_dynamic_items(ChoiceButton)
        guild_id = self.config.discord_guild_id
        if guild_id:
            guild = discord.Object(id=guild_id)
            self.tree.copy_global_to(guild=guild)
            synced = await self.tree.sync(guild=guild)
            log.info("synced %d slash commands to guild %s", len(synced), guild_id)
        else:
            synced = await self.tree.sync()
            log.info("synced %d slash commands globally", len(synced))

    async def on_ready(self) -> None:
        log.info("connected to Discord as %s in %d servers", self.user, len(self.guilds))

    async def on_resumed(self) -> None:
        log.info("Discord session resumed")

    async def _command_failed(
        self, interaction: discord.Interaction, error: app_commands.AppCommandError
    ) -> None:
        """Log it, and still answer, so the user does not see "the application did not respond"."""
        log.error("slash command failed", exc_info=error)
        if not interaction.response.is_done():
            await self.responder.failed(interaction)


def build_client(app: Any, defer_after: float = DEFER_AFTER, **options: Any) -> SportsbotClient:
    """The client for an opened App; `defer_after` is how long the core may take before a defer.

    `options` go to discord.Client (tests shorten `guild_ready_timeout`).
    """
    responder = Responder(app.core, app.store, defer_after)
    pairs = [(name, spec.summary) for name, spec in app.core.commands.items()]
    return SportsbotClient(responder, app.config, build_commands(pairs), **options)


async def run(
    client: SportsbotClient, before_close: Callable[[], Awaitable[None]] | None = None
) -> None:
    """Log in, sync and stay connected until the client is closed or the task cancelled.

    `before_close` runs first on the way out (the app's services stop while the
    client is still open).
    """
    config = client.config
    if not config.discord_token:
        raise SystemExit("DISCORD_BOT_TOKEN (or [discord] token in the config file) is not set")
    redact.install(config.discord_token)
    client.custom_endpoints = endpoints.use_rest_base(config.discord_base_url)
    try:
        await client.start(config.discord_token)
    finally:
        try:
            if before_close is not None:
                await before_close()
        finally:
            if not client.is_closed():
                await client.close()
        endpoints.restore()
        redact.uninstall()
