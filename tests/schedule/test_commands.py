"""The settings commands through the core, as a user in a console chat or a group sees them."""

from __future__ import annotations

import pytest

from bot.clock import FakeClock
from bot.config import Config
from bot.core import Core
from bot.schedule.subscriptions import Subscriptions
from bot.seam import ChatContext
from storage.sqlite import SqliteStore
from tests.schedule.support import DEFAULT_TZ, ingest, report_facts, utc

pytestmark = pytest.mark.asyncio


async def yes() -> bool:
    return True


async def no() -> bool:
    return False


PRIVATE = ChatContext("console", "p1")
ADMIN = ChatContext("console", "-5", "group", admin_check=yes)
MEMBER = ChatContext("console", "-5", "group", admin_check=no)


@pytest.fixture
async def env(db_path):
    store = await SqliteStore.open(db_path)
    clock = FakeClock(utc(2025, 4, 10, 12, 0))
    await ingest(store, report_facts("r1", (3, 1)), clock)
    core = Core(store, config=Config(db_path=db_path, timezone=DEFAULT_TZ), clock=clock)
    yield core, Subscriptions(store, DEFAULT_TZ)
    await store.close()


async def say(core: Core, text: str, chat: ChatContext = PRIVATE, lang: str = "en") -> str:
    return (await core.handle_text(text, chat, lang=lang)).as_text()


async def test_subscribe_a_team_and_a_competition_then_list_them(env):
    core, subs = env
    assert "now follows Inter Miami" in await say(core, "/subscribe inter miami")
    assert "already follows Inter Miami" in await say(core, "/subscribe Inter Miami CF")
    assert "now follows CONCACAF Champions Cup" in await say(
        core, "/subscribe concacaf champions cup"
    )
    text = await say(core, "/subscriptions")
    assert "Inter Miami" in text and "CONCACAF Champions Cup" in text
    assert "as soon as a result is in" in text and "Europe/Berlin" in text
    assert "no longer follows Inter Miami" in await say(core, "/unsubscribe inter miami")
    assert [s.target for s in await subs.list("console", "p1")] == ["CONCACAF Champions Cup"]


async def test_unknown_and_ambiguous_names_get_a_clear_answer(env):
    core, _ = env
    assert "No team or competition called “xyzzy fc”" in await say(core, "/subscribe xyzzy fc")
    reply = await core.handle_text("/subscribe inter", PRIVATE, lang="en")
    assert reply.kind == "question" and any("/subscribe" in c.command for c in reply.choices)
    assert "Tell me what to follow" in await say(core, "/subscribe")


async def test_in_groups_only_admins_change_settings_in_the_chats_language(env):
    core, subs = env
    refused = await say(core, "/subscribe inter miami", MEMBER, lang="de")
    assert "Nur die Admins der Gruppe" in refused
    assert await subs.list("console", "-5") == []
    assert "folgt jetzt Inter Miami" in await say(core, "/subscribe inter miami", ADMIN, "de")
    assert "Nur die Admins" in await say(core, "/delivery digest 08:00", MEMBER, "de")


async def test_timezone_is_checked_against_the_iana_database(env):
    core, subs = env
    assert "not a timezone I know" in await say(core, "/timezone Mars/Olympus")
    assert "not a timezone I know" in await say(core, "/timezone ../../etc/passwd")
    assert "now America/New_York" in await say(core, "/timezone america/new_york")
    assert (await subs.delivery("console", "p1")).timezone == "America/New_York"


async def test_delivery_and_quiet_hours(env):
    core, subs = env
    assert "once a day at 08:00" in await say(core, "/delivery digest 8:00")
    assert "Use /delivery instant" in await say(core, "/delivery weekly")
    assert "Use /delivery instant" in await say(core, "/delivery digest 25:00")
    assert "22:00 to 07:00" in await say(core, "/quiet 22:00-07:00")
    assert "Use /quiet" in await say(core, "/quiet later")
    settings = await subs.delivery("console", "p1")
    assert (settings.mode, settings.digest_at, settings.quiet_from) == ("digest", "08:00", "22:00")
    assert "Quiet hours are off" in await say(core, "/quiet off")
    assert "as soon as they are in" in await say(core, "/delivery instant")
    settings = await subs.delivery("console", "p1")
    assert (settings.mode, settings.quiet_from) == ("instant", None)


async def test_a_word_of_a_teams_name_is_enough_to_follow_it(env):
    core, subs = env
    assert "now follows Tottenham Hotspur" in await say(core, "/subscribe hotspur")
    assert [s.target for s in await subs.list("console", "p1")] == ["tottenham"]
    german = await say(core, "/unsubscribe hotspur", lang="de")
    assert german == "Dieser Chat folgt Tottenham Hotspur nicht mehr."
