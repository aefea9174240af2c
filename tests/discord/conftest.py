"""Fixtures: a stand-in Discord with an English and a German server, and the bot connected to it."""

from __future__ import annotations

import pytest

from bot.app import App
from bot.config import Config
from tests.discord.driver import Driver
from tests.discord.facts import inter_milan_hostile
from tests.support import discord_payloads as payloads
from tests.support.discord_standin import DiscordStandin
from tests.support.facts import miami_lafc


@pytest.fixture
async def standin():
    server = DiscordStandin()
    server.guilds = [
        payloads.Guild(
            "English fans",
            [
                payloads.Member(payloads.snowflake(), "admin", manage_guild=True),
                payloads.Member(payloads.snowflake(), "fan"),
            ],
        ),
        payloads.Guild(
            "Deutsche Fans",
            [
                payloads.Member(payloads.snowflake(), "admin", manage_guild=True),
                payloads.Member(payloads.snowflake(), "fan"),
            ],
            locale="de",
        ),
    ]
    await server.start()
    yield server
    await server.stop()


@pytest.fixture
def english(standin):
    return standin.guilds[0]


@pytest.fixture
def german(standin):
    return standin.guilds[1]


def discord_config(standin: DiscordStandin, db_path, guild_id: int | None = None) -> Config:
    return Config(
        db_path=db_path,
        discord_token=standin.token,
        discord_base_url=standin.base_url,
        discord_guild_id=guild_id,
    )


@pytest.fixture
async def app(standin, german, db_path):
    async with App.open(discord_config(standin, db_path), seed=False) as opened:
        await opened.store.ingest(miami_lafc())
        await opened.store.ingest(inter_milan_hostile())
        await opened.store.set_chat_language("discord", german.id, "de")
        yield opened


@pytest.fixture
async def bot(app, standin):
    driver = await Driver.start(app, standin)
    yield driver
    await driver.stop()
