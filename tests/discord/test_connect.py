"""Connecting through DISCORD_API_BASE_URL: the gateway it names, command sync, reconnects."""

from __future__ import annotations

import asyncio

import discord
from discord.gateway import DiscordWebSocket
from discord.http import Route

from adapters.discord import endpoints, serve
from adapters.discord.sender import DiscordSender
from bot.app import App
from tests.discord.conftest import discord_config
from tests.discord.driver import Driver, embed_text

CORE_COMMANDS = {"tie", "result", "results", "team", "lang", "help"}


async def test_rest_and_gateway_come_from_the_configured_base(bot, standin):
    assert ("GET", "/api/v10/gateway/bot") in standin.requests
    assert ("GET", "/gateway") in standin.requests
    identify = standin.identifies[0]
    assert identify["token"] == standin.token
    assert identify["intents"] == discord.Intents(guilds=True).value
    assert not discord.Intents(guilds=True).value & (1 << 1 | 1 << 8 | 1 << 15)


async def test_commands_sync_globally_with_german_names(bot, standin):
    synced = {c["name"]: c for c in standin.synced["global"]}

    assert CORE_COMMANDS <= set(synced)
    tie = synced["tie"]
    assert tie["description_localizations"]["de"].startswith("Ein Duell mit Hin- und Rückspiel")
    team = next(o for o in tie["options"] if o["name"] == "team")
    assert team["name_localizations"]["de"] == "mannschaft"
    assert team["autocomplete"] is True
    assert team["required"] is True
    lang = {o["name"]: o for o in synced["lang"]["options"]}
    assert lang["language"]["name_localizations"]["de"] == "sprache"
    assert [c["value"] for c in lang["language"]["choices"]] == ["de", "en"]
    scope_names = [c.get("name_localizations", {}).get("de") for c in lang["scope"]["choices"]]
    assert scope_names == ["dieser Server", "dieser Kanal"]


async def test_a_configured_guild_gets_the_commands_and_they_answer(standin, english, db_path):
    config = discord_config(standin, db_path, guild_id=int(english.id))
    async with App.open(config, seed=False) as app:
        from tests.support.facts import miami_lafc

        await app.store.ingest(miami_lafc())
        driver = await Driver.start(app, standin)
        try:
            assert set(standin.synced) == {english.id}
            assert CORE_COMMANDS <= {c["name"] for c in standin.synced[english.id]}
            asked = await driver.slash("tie", {"team": "miami", "opponent": "lafc"}, english)
            assert "3\u20132" in embed_text(driver.last_message(asked))
        finally:
            await driver.stop()


async def test_an_invalidated_session_identifies_again_at_the_same_gateway(bot, standin, english):
    await standin.invalidate_session()
    await standin.wait_for(lambda: len(standin.identifies) == 2)

    assert standin.requests.count(("GET", "/gateway")) == 2
    assert ("GET", "/resume-gateway") not in standin.requests
    asked = await bot.slash("tie", {"team": "miami", "opponent": "lafc"}, english)
    assert "3\u20132" in embed_text(bot.last_message(asked))


async def test_the_default_endpoints_come_back_when_the_client_stops(bot):
    assert Route.BASE == bot.standin.base_url
    await bot.stop()
    assert Route.BASE == endpoints.DISCORD_REST == "https://discord.com/api/v10"
    assert DiscordWebSocket.DEFAULT_GATEWAY == endpoints.DISCORD_GATEWAY


async def test_serve_runs_from_config_and_offers_a_sender(app, standin):
    task = asyncio.create_task(serve(app))
    try:
        await standin.wait_for(lambda: standin.identifies or task.done())
        assert not task.done()
        assert isinstance(app.senders["discord"], DiscordSender)
    finally:
        await app.senders["discord"].client.close()
        await asyncio.wait_for(task, 10)


async def test_a_core_command_without_a_declared_slash_gets_a_free_text_one(app, bot, standin):
    from adapters.discord.slash import SLASHES

    extra = [name for name in app.core.commands if name not in SLASHES]
    synced = {c["name"]: c for c in standin.synced["global"]}
    for name in extra:
        (option,) = synced[name]["options"]
        assert option["name"] == "arguments"
        assert option["name_localizations"]["de"] == "eingabe"
        assert synced[name]["description_localizations"]["de"] != synced[name]["description"]
