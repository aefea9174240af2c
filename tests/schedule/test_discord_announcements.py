"""The same outbox through the real discord.py client and the stand-in Discord."""

from __future__ import annotations

import re

import pytest

from adapters.discord.sender import DiscordSender
from bot.clock import FakeClock
from bot.schedule.dispatcher import Dispatcher
from bot.schedule.subscriptions import Subscriptions
from tests.discord.conftest import app, bot, english, german, standin  # noqa: F401
from tests.discord.driver import embed_text
from tests.schedule.support import DEFAULT_TZ, ingest, report_facts, utc

pytestmark = pytest.mark.asyncio


async def test_each_channel_gets_one_embed_in_its_language_and_a_correction_edits_it(
    app,  # noqa: F811
    bot,  # noqa: F811
    english,  # noqa: F811
    german,  # noqa: F811
    standin,  # noqa: F811
):
    clock = FakeClock(utc(2025, 5, 1, 12, 0))
    subs = Subscriptions(app.store, DEFAULT_TZ)
    for guild, lang in ((english, "en"), (german, "de")):
        await subs.subscribe(
            "discord", guild.channel_id, "team", "inter-miami", clock.now(), "guild", lang
        )
    await ingest(app.store, report_facts("r9", (2, 0), away="monterrey", date="2025-04-30"), clock)
    dispatcher = Dispatcher(app.store, [DiscordSender(bot.client)], clock)
    await dispatcher.run_once()
    await ingest(app.store, report_facts("r10", (2, 1), away="monterrey", date="2025-04-30"), clock)
    await dispatcher.run_once()
    assert await dispatcher.run_once() == 0

    posts = {
        g.channel_id: [p for p in standin.posted if p.target == g.channel_id]
        for g in (english, german)
    }
    [en_post, en_edit] = posts[english.channel_id]
    [de_post, de_edit] = posts[german.channel_id]
    assert (en_post.method, en_edit.method) == ("post", "patch")
    assert en_edit.message_id == en_post.message_id
    assert "New result" in embed_text(en_post.body)
    assert "Inter Miami 2\u20130 CF Monterrey" in embed_text(en_post.body)
    assert "Neues Ergebnis" in embed_text(de_post.body)
    assert "Inter Miami 2:0" in embed_text(de_post.body)
    assert "Aktualisiertes Ergebnis" in embed_text(de_edit.body)
    assert re.search(r"2[-\u2013:]1", embed_text(de_edit.body))
    assert en_post.body["enforce_nonce"] is True


async def test_a_channel_follows_its_server_language_unless_it_has_its_own(
    app,  # noqa: F811
    bot,  # noqa: F811
    english,  # noqa: F811
    standin,  # noqa: F811
):
    admin = english.members[0]
    await bot.slash("subscribe", {"target": "inter-miami"}, english, admin, locale="en-US")
    await bot.slash("lang", {"language": "de"}, english, admin)
    clock = FakeClock(utc(2025, 5, 1, 12, 0))
    dispatcher = Dispatcher(app.store, [DiscordSender(bot.client)], clock)

    await ingest(app.store, report_facts("r9", (2, 0), away="monterrey", date="2025-04-30"), clock)
    await dispatcher.run_once()
    await bot.slash("lang", {"language": "en", "scope": "channel"}, english, admin)
    await ingest(app.store, report_facts("r11", (1, 1), away="toronto", date="2025-05-01"), clock)
    await dispatcher.run_once()

    [server_lang, channel_lang] = [p for p in standin.posted if p.target == english.channel_id]
    assert "Neues Ergebnis" in embed_text(server_lang.body)
    assert "Inter Miami 2:0" in embed_text(server_lang.body)
    assert "New result" in embed_text(channel_lang.body)
