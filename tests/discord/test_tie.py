"""/tie in an English and a German server: both legs, the aggregate and the sources."""

from __future__ import annotations

from tests.discord.driver import embed_text, is_ephemeral


async def test_tie_in_an_english_server_is_an_english_embed(bot, english):
    asked = await bot.slash("tie", {"team": "miami", "opponent": "lafc"}, english)

    callback = bot.callback(asked)
    assert callback.query == {"with_response": "1"}
    assert callback.type == 4
    body = bot.last_message(asked)
    assert not is_ephemeral(body)
    text = embed_text(body)
    assert "LAFC 1\u20130 Inter Miami" in text
    assert "Inter Miami 3\u20131 LAFC" in text
    assert "9 April 2025" in text
    assert "3\u20132" in text
    assert "Messi" in text and "84" in text
    embed = body["embeds"][0]
    assert len(embed["fields"]) >= 2
    assert "miami-lafc" in embed["footer"]["text"] or "2025" in embed["footer"]["text"]


async def test_tie_in_a_german_server_is_a_german_embed(bot, german):
    asked = await bot.slash("tie", {"team": "miami", "opponent": "lafc"}, german)

    text = embed_text(bot.last_message(asked))
    assert "Hinspiel" in text and "Rückspiel" in text
    assert "3:2" in text
    assert "9. April 2025" in text
    assert "LAFC 1:0 Inter Miami" in text


async def test_without_a_setting_the_users_locale_decides(bot, english):
    asked = await bot.slash("tie", {"team": "miami", "opponent": "lafc"}, english, locale="de")

    text = embed_text(bot.last_message(asked))
    assert "Rückspiel" in text and "3:2" in text


async def test_an_unknown_team_gets_a_private_localized_answer(bot, german):
    asked = await bot.slash("team", {"team": "xyzzy"}, german)

    body = bot.last_message(asked)
    assert is_ephemeral(body)
    assert "xyzzy" in embed_text(body)
    assert "No team" not in embed_text(body)


async def test_a_direct_message_answers_in_the_users_language(bot, standin):
    asked = await bot.slash("tie", {"team": "monterrey", "opponent": "lafc"}, None, locale="de")
    body = bot.last_message(asked)
    assert is_ephemeral(body)
    assert "Monterrey" in embed_text(body)

    asked = await bot.slash("tie", {"team": "miami", "opponent": "lafc"}, None, locale="de")
    assert "Gesamtergebnis" in embed_text(bot.last_message(asked))


async def test_a_command_discord_knows_but_the_bot_does_not_gets_a_private_answer(bot, german):
    bot.standin.synced["global"].append({"name": "stale", "id": "1300000000000009999"})

    asked = await bot.slash("stale", {}, german, locale="de")

    body = bot.last_message(asked)
    assert is_ephemeral(body)
    assert "schiefgegangen" in embed_text(body)
