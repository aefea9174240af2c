"""Answers interactions through the core, always within Discord's three seconds.

The core gets `defer_after` seconds to answer; if it has not, the interaction is
deferred (the user sees "thinking…") and the answer follows as an edit. Errors
and settings confirmations are ephemeral, answers and questions are public.
Which chat a setting belongs to is decided here: commands run in a channel
(`chat_id` = channel id); /lang with the default scope changes the server's
setting (`chat_id` = guild id), which a channel without its own setting follows.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
from collections.abc import Awaitable
from typing import Any

import discord
from discord import app_commands

from adapters.discord import render
from adapters.discord.slash import SERVER
from adapters.discord.texts import language_of, loc, translate
from bot.seam import ChatContext, Command, Reply, Section

log = logging.getLogger(__name__)

PLATFORM = "discord"
DEFER_AFTER = 2.0
COMPLETE_WITHIN = 2.5
EPHEMERAL_KINDS = ("error", "notice")
FAILED = loc("discord", "Sorry, something went wrong on my side; it has been logged.")
EXPIRED = loc("discord", "This choice has expired. Please ask again.")


class Responder:
    def __init__(self, core: Any, store: Any, defer_after: float = DEFER_AFTER) -> None:
        self.core = core
        self.store = store
        self.defer_after = defer_after

    # -- who asks, where, in which language --------------------------------------

    async def chat(self, interaction: discord.Interaction, scope: str | None = None) -> ChatContext:
        """The chat a command runs in; `scope=server` names the server itself (for /lang)."""
        guild_id = interaction.guild_id
        channel_id = interaction.channel_id or interaction.user.id
        permissions = interaction.permissions

        async def manages_server() -> bool:
            return permissions.manage_guild

        if guild_id is None:
            return ChatContext(
                PLATFORM,
                str(channel_id),
                "private",
                str(interaction.user.id),
                language_of(interaction.locale),
            )
        chat_id = str(guild_id) if scope == SERVER else str(channel_id)
        return ChatContext(
            PLATFORM,
            chat_id,
            "guild",
            str(interaction.user.id),
            await self._fallback_language(interaction),
            manages_server,
            None if scope == SERVER else str(guild_id),
        )

    async def _fallback_language(self, interaction: discord.Interaction) -> str | None:
        """For a channel without its own setting: the server's setting, else the user's locale."""
        try:
            settings = await self.store.chat_settings(PLATFORM, str(interaction.guild_id))
            if settings.lang:
                return settings.lang
        except Exception:
            log.exception("could not read the server's language")
        return language_of(interaction.locale)

    async def language(self, chat: ChatContext, interaction: discord.Interaction) -> str:
        try:
            return await _maybe(self.core.language_for(chat))
        except Exception:
            log.exception("could not decide the chat's language")
            return language_of(interaction.locale) or "en"

    # -- the three kinds of interaction --------------------------------------------

    async def command(
        self, interaction: discord.Interaction, name: str, args: tuple[str, ...], scope: str | None
    ) -> None:
        chat = await self.chat(interaction, scope if name == "lang" else None)
        text = "/" + " ".join((name, *args))
        work = self.core.handle(Command(name, args, chat, text))
        await self._answer(interaction, chat, work, press=False)

    async def press(self, interaction: discord.Interaction, command: str | None) -> None:
        chat = await self.chat(interaction)
        if command is None:
            lang = await self.language(chat, interaction)
            reply = Reply(
                lang, sections=(Section(None, (translate(EXPIRED, lang),)),), kind="error"
            )
            await interaction.response.send_message(embed=render.embed(reply), ephemeral=True)
            return
        await self._answer(interaction, chat, self.core.handle_text(command, chat), press=True)

    async def complete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        chat = await self.chat(interaction)
        lang = await self.language(chat, interaction)
        try:
            pairs = await asyncio.wait_for(
                self.core.complete_teams(current, lang, limit=25), COMPLETE_WITHIN
            )
        except TimeoutError:
            log.warning("team completion took longer than %.1fs; offering nothing", COMPLETE_WITHIN)
            pairs = []
        return [
            app_commands.Choice(name=render.clip(label, 100), value=value[:100])
            for label, value in pairs[:25]
        ]

    async def failed(self, interaction: discord.Interaction) -> None:
        """A private, localized "something went wrong" for an interaction nothing answered."""
        lang = language_of(interaction.locale) or "en"
        reply = Reply(lang, sections=(Section(None, (translate(FAILED, lang),)),), kind="error")
        try:
            await interaction.response.send_message(embed=render.embed(reply), ephemeral=True)
        except discord.HTTPException:
            log.exception("could not tell the user that the command failed")

    # -- answering ------------------------------------------------------------------

    async def _answer(
        self,
        interaction: discord.Interaction,
        chat: ChatContext,
        work: Awaitable[Reply],
        press: bool,
    ) -> None:
        task = asyncio.ensure_future(work)
        done, _ = await asyncio.wait({task}, timeout=self.defer_after)
        if task not in done:
            if press:
                await interaction.response.defer()
            else:
                await interaction.response.defer(thinking=True)
        reply = await self._reply(task, chat, interaction)
        if task in done:
            await self._respond(interaction, reply, press)
        else:
            await self._follow_up(interaction, reply, press)

    async def _reply(
        self, task: asyncio.Future[Reply], chat: ChatContext, interaction: discord.Interaction
    ) -> Reply:
        try:
            return await task
        except Exception:
            log.exception("the core failed on an interaction")
            lang = await self.language(chat, interaction)
            return Reply(lang, sections=(Section(None, (translate(FAILED, lang),)),), kind="error")

    async def _respond(self, interaction: discord.Interaction, reply: Reply, press: bool) -> None:
        response = interaction.response
        if _private(reply):
            await response.send_message(ephemeral=True, **_content(reply))
        elif press:
            await response.edit_message(embed=render.embed(reply), view=render.view(reply.choices))
        else:
            await response.send_message(**_content(reply))

    async def _follow_up(self, interaction: discord.Interaction, reply: Reply, press: bool) -> None:
        if _private(reply):
            if not press:
                await interaction.delete_original_response()
            await interaction.followup.send(ephemeral=True, **_content(reply))
        else:
            await interaction.edit_original_response(
                embed=render.embed(reply), view=render.view(reply.choices)
            )


def _private(reply: Reply) -> bool:
    return reply.kind in EPHEMERAL_KINDS or reply.language_changed is not None


def _content(reply: Reply) -> dict[str, Any]:
    content: dict[str, Any] = {"embed": render.embed(reply)}
    buttons = render.view(reply.choices)
    if buttons is not None:
        content["view"] = buttons
    return content


async def _maybe(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value
