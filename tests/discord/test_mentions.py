"""Nothing a report or a user types can ping anyone: every message parses no mentions."""

from __future__ import annotations

from tests.discord.driver import embed_text
from tests.discord.facts import HOSTILE


def pings_nobody(body: dict) -> bool:
    """Discord parses only what `parse` lists, plus explicit user and role ids: here, none."""
    mentions = body["allowed_mentions"]
    return mentions["parse"] == [] and not mentions.get("users") and not mentions.get("roles")


async def test_report_text_with_everyone_and_a_role_pings_nobody(bot, english):
    asked = await bot.slash("result", {"team": "inter milan"}, english)

    body = bot.last_message(asked)
    assert pings_nobody(body)
    assert not body.get("content")
    text = embed_text(body)
    assert "everyone" in text and "&123" in text
    assert "@everyone" not in text and "<@&123>" not in text


async def test_a_typed_team_name_with_mentions_pings_nobody(bot, english):
    asked = await bot.slash("team", {"team": HOSTILE}, english)

    body = bot.last_message(asked)
    assert pings_nobody(body)
    assert "@everyone" not in embed_text(body)
