"""Language per server and per channel: only members with Manage Server may change it."""

from __future__ import annotations

from tests.discord.driver import embed_text, is_ephemeral

TIE = {"team": "miami", "opponent": "lafc"}


async def test_a_member_without_manage_server_cannot_change_the_language(bot, english, app):
    fan = english.members[1]
    assert not fan.manage_guild

    refused = await bot.slash("lang", {"language": "de"}, english, fan)

    body = bot.last_message(refused)
    assert is_ephemeral(body)
    assert "admin" in embed_text(body).lower()
    assert (await app.store.chat_settings("discord", english.id)).lang is None
    assert (await app.store.chat_settings("discord", english.channel_id)).lang is None
    after = await bot.slash("tie", TIE, english, fan)
    assert "9 April 2025" in embed_text(bot.last_message(after))


async def test_an_admin_sets_the_server_language_privately(bot, english, app):
    admin, fan = english.members

    changed = await bot.slash("lang", {"language": "de"}, english, admin)

    body = bot.last_message(changed)
    assert is_ephemeral(body)
    assert "Deutsch" in embed_text(body)
    assert (await app.store.chat_settings("discord", english.id)).lang == "de"
    after = await bot.slash("tie", TIE, english, fan, locale="en-GB")
    assert "9. April 2025" in embed_text(bot.last_message(after))


async def test_a_channel_setting_beats_the_server_setting(bot, german, app):
    admin = german.members[0]

    await bot.slash("lang", {"language": "en", "scope": "channel"}, german, admin)

    assert (await app.store.chat_settings("discord", german.channel_id)).lang == "en"
    assert (await app.store.chat_settings("discord", german.id)).lang == "de"
    after = await bot.slash("tie", TIE, german, german.members[1], locale="de")
    assert "9 April 2025" in embed_text(bot.last_message(after))
