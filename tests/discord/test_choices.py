"""An ambiguous name gets buttons; pressing one answers in place of the question."""

from __future__ import annotations

from tests.discord.driver import buttons, embed_text, is_ephemeral


async def test_inter_gets_buttons_and_a_press_answers(bot, english):
    asked = await bot.slash("result", {"team": "inter"}, english)

    question = bot.last_message(asked)
    assert not is_ephemeral(question)
    labels = [b["label"] for b in buttons(question)]
    assert labels == ["Inter Miami", "Inter Milan"] or sorted(labels) == labels
    assert {"Inter Miami", "Inter Milan"} <= set(labels)

    pressed = await bot.press(asked, "Inter Milan", english, english.members[1])

    callback = bot.callback(pressed)
    assert callback.type == 7
    answer = bot.last_message(pressed)
    assert "2\u20131" in embed_text(answer)
    assert buttons(answer) == []


async def test_buttons_in_a_german_server_are_german(bot, german):
    asked = await bot.slash("result", {"team": "inter"}, german)

    labels = {b["label"] for b in buttons(bot.last_message(asked))}
    assert "Inter Mailand" in labels
    pressed = await bot.press(asked, "Inter Mailand", german)
    assert "2:1" in embed_text(bot.last_message(pressed))
