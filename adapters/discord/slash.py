"""One slash command per core command, declared as data so a new command is one table entry.

Each entry names the command's options in the order the core expects its
arguments. A core command without an entry still gets a slash command, with one
free-text option, so nothing the core offers is missing on Discord. Option
names and descriptions are `locale_str`s, so the tree's translator gives them
German names; Discord always sends back the canonical English names.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import discord
from discord import app_commands

from adapters.discord.texts import loc

TEAM, TEXT, WORDS, COUNT, LANGUAGE, SCOPE = "team", "text", "words", "count", "language", "scope"
SERVER, CHANNEL = "server", "channel"


@dataclass(frozen=True)
class Option:
    name: str
    description: app_commands.locale_str
    kind: str = TEXT
    required: bool = True

    @property
    def for_core(self) -> bool:
        """The scope of /lang is the adapter's business; every other option is a core argument."""
        return self.kind != SCOPE


@dataclass(frozen=True)
class Slash:
    name: str
    description: app_commands.locale_str
    options: tuple[Option, ...] = ()


def _team(name: str, description: app_commands.locale_str, required: bool = True) -> Option:
    return Option(name, description, TEAM, required)


TEAM_OPTION = _team("team", loc("discord", "A team's name: type a few letters"))
OPPONENT = _team("opponent", loc("discord", "The other team"))
SLASHES: dict[str, Slash] = {
    s.name: s
    for s in (
        Slash(
            "tie",
            loc("discord", "A two-legged tie: both legs, the aggregate and who went through"),
            (
                TEAM_OPTION,
                OPPONENT,
                Option("season", loc("discord", "Season, such as 2025 or 2024-25"), TEXT, False),
            ),
        ),
        Slash(
            "result",
            loc("discord", "The latest match of a team, or between two teams"),
            (
                TEAM_OPTION,
                _team("opponent", loc("discord", "The other team (optional)"), required=False),
            ),
        ),
        Slash(
            "results",
            loc("discord", "A team's recent matches"),
            (TEAM_OPTION, Option("count", loc("discord", "How many matches"), COUNT, False)),
        ),
        Slash("team", loc("discord", "What the bot knows about a team"), (TEAM_OPTION,)),
        Slash(
            "lang",
            loc("discord", "Set the bot's language (needs Manage Server)"),
            (
                Option("language", loc("discord", "German or English"), LANGUAGE),
                Option(
                    "scope",
                    loc("discord", "For the whole server (default) or only this channel"),
                    SCOPE,
                    False,
                ),
            ),
        ),
        Slash("help", loc("discord", "What the bot can do")),
        Slash(
            "subscribe",
            loc("discord", "Get results of a team or competition in this channel"),
            (_team("target", loc("discord", "A team or competition")),),
        ),
        Slash(
            "unsubscribe",
            loc("discord", "Stop results of a team or competition"),
            (_team("target", loc("discord", "A team or competition")),),
        ),
        Slash("subscriptions", loc("discord", "What this channel follows")),
        Slash(
            "timezone",
            loc("discord", "Set this channel's timezone, such as Europe/Berlin"),
            (Option("zone", loc("discord", "An IANA timezone, such as Europe/Berlin")),),
        ),
    )
}

OPTION_NAMES = {
    name.message: name
    for name in (
        loc("discord option", "team"),
        loc("discord option", "opponent"),
        loc("discord option", "season"),
        loc("discord option", "count"),
        loc("discord option", "language"),
        loc("discord option", "scope"),
        loc("discord option", "target"),
        loc("discord option", "zone"),
        loc("discord option", "arguments"),
    )
}
LANGUAGE_CHOICES = [
    app_commands.Choice(name="Deutsch", value="de"),
    app_commands.Choice(name="English", value="en"),
]
SCOPE_CHOICES = [
    app_commands.Choice(name=loc("discord option", "this server"), value=SERVER),
    app_commands.Choice(name=loc("discord option", "this channel"), value=CHANNEL),
]
ANNOTATIONS: dict[str, Any] = {
    TEAM: str,
    TEXT: str,
    WORDS: str,
    COUNT: app_commands.Range[int, 1, 20],
    LANGUAGE: str,
    SCOPE: str,
}


def slash_for(name: str, summary: str) -> Slash:
    """The declared command, or a free-text one described by the core's own summary msgid."""
    if name in SLASHES:
        return SLASHES[name]
    arguments = Option("arguments", loc("discord", "What to ask, as you would type it"), WORDS)
    return Slash(name, app_commands.locale_str(summary), (arguments,))


def build_commands(commands: Iterable[tuple[str, str]]) -> list[app_commands.Command]:
    """Slash commands for the core's (name, summary msgid) pairs, in the core's order."""
    return [_command(slash_for(name, summary)) for name, summary in commands]


def _command(slash: Slash) -> app_commands.Command:
    async def callback(interaction: discord.Interaction, **values: Any) -> None:
        args: list[str] = []
        for option in slash.options:
            value = values.get(option.name)
            if not option.for_core or value in (None, ""):
                continue
            args.extend(str(value).split() if option.kind == WORDS else [str(value).strip()])
        scope = values.get("scope") or SERVER
        await interaction.client.responder.command(interaction, slash.name, tuple(args), scope)

    parameters = [
        inspect.Parameter(
            "interaction", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=discord.Interaction
        )
    ]
    for option in slash.options:
        parameters.append(
            inspect.Parameter(
                option.name,
                inspect.Parameter.KEYWORD_ONLY,
                annotation=ANNOTATIONS[option.kind],
                default=inspect.Parameter.empty if option.required else None,
            )
        )
    callback.__signature__ = inspect.Signature(parameters)
    callback.__name__ = callback.__qualname__ = f"slash_{slash.name}"
    if slash.options:
        app_commands.describe(**{o.name: o.description for o in slash.options})(callback)
        app_commands.rename(**{o.name: OPTION_NAMES[o.name] for o in slash.options})(callback)
        choices = {o.name: _choices(o.kind) for o in slash.options if _choices(o.kind)}
        if choices:
            app_commands.choices(**choices)(callback)
    command = app_commands.Command(
        name=slash.name, description=slash.description, callback=callback
    )
    for option in slash.options:
        if option.kind == TEAM:
            command.autocomplete(option.name)(complete_team)
    return command


def _choices(kind: str) -> list[app_commands.Choice] | None:
    return {LANGUAGE: LANGUAGE_CHOICES, SCOPE: SCOPE_CHOICES}.get(kind)


async def complete_team(
    interaction: discord.Interaction, current: str
) -> list[app_commands.Choice]:
    return await interaction.client.responder.complete(interaction, current)
