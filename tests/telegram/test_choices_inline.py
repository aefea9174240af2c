"""Buttons for ambiguous names, answered through callback queries, and inline-mode results."""

from __future__ import annotations

from tests.support.telegram_standin import TelegramStandIn


async def test_ambiguous_name_gets_a_keyboard_and_the_button_gets_the_answer(
    standin: TelegramStandIn, bot
) -> None:
    fan = standin.user(4001, language_code="en")
    chat = standin.private_chat(fan)
    standin.send_text(chat, fan, "/tie inter")

    [question] = await standin.wait_for("sendMessage")
    buttons = standin.buttons(question.result)
    assert "Which team do you mean by “inter”?" in question.visible
    assert [label for label, _ in buttons] == ["Inter Miami", "Inter Milan"]
    assert all(len(data.encode()) <= 64 for _, data in buttons)

    query_id = standin.press_button(question.result, buttons[0][1], fan)

    [answered] = await standin.wait_for("answerCallbackQuery")
    [edit] = await standin.wait_for("editMessageText")
    assert answered.params["callback_query_id"] == query_id
    assert edit.params["message_id"] == question.result["message_id"]
    assert "Inter Miami 3–1 LAFC" in edit.visible
    assert "Inter Miami go through on aggregate" in edit.visible
    assert standin.buttons(standin.messages[(chat["id"], question.result["message_id"])]) == []


async def test_button_in_a_german_group_answers_in_german(standin: TelegramStandIn, bot) -> None:
    group = standin.group_chat(-100400)
    admin = standin.user(4002)
    standin.set_member(group["id"], admin["id"], "administrator")
    standin.send_text(group, admin, "/lang de")
    standin.send_text(group, admin, "/tie inter")
    calls = await standin.wait_for("sendMessage", count=2)
    question = next(c for c in calls if standin.buttons(c.result))
    data = dict(standin.buttons(question.result))["Inter Miami"]

    standin.press_button(question.result, data, standin.user(4003, language_code="en"))

    [edit] = await standin.wait_for("editMessageText")
    assert "Inter Miami 3:1 LAFC" in edit.visible and "Rückspiel" in edit.visible


async def test_unknown_button_is_answered_politely(standin: TelegramStandIn, bot) -> None:
    fan = standin.user(4004, language_code="de")
    chat = standin.private_chat(fan)
    standin.send_text(chat, fan, "/tie inter")
    [question] = await standin.wait_for("sendMessage")

    standin.press_button(question.result, "k:forgotten-after-a-restart", fan)

    [answer] = await standin.wait_for("answerCallbackQuery")
    assert answer.params["text"]
    assert answer.params["text"] != "This button has expired. Please send your question again."
    assert standin.calls_to("editMessageText") == []


async def test_inline_query_offers_the_tie(standin: TelegramStandIn, bot) -> None:
    fan = standin.user(4005, language_code="en")
    query_id = standin.inline_query(fan, "miami lafc")

    [call] = await standin.wait_for("answerInlineQuery")

    assert call.params["inline_query_id"] == query_id
    result = call.params["results"][0]
    assert result["type"] == "article"
    assert result["title"] == "LAFC v Inter Miami"
    content = result["input_message_content"]
    assert content["parse_mode"] == "HTML"
    assert "Inter Miami 3–1 LAFC" in content["message_text"]
    assert "Messi 84' (pen.)" in content["message_text"]


async def test_inline_query_with_ambiguous_name_offers_each_answer(
    standin: TelegramStandIn, bot
) -> None:
    fan = standin.user(4006, language_code="de")
    standin.inline_query(fan, "inter")

    [call] = await standin.wait_for("answerInlineQuery")

    titles = [r["title"] for r in call.params["results"]]
    assert len(titles) >= 2
    texts = " ".join(r["input_message_content"]["message_text"] for r in call.params["results"])
    assert "Bayern" in texts and "LAFC" in texts


async def test_inline_query_for_an_unknown_team_says_so(standin: TelegramStandIn, bot) -> None:
    fan = standin.user(4007, language_code="en")
    standin.inline_query(fan, "xyzzy plugh")

    [call] = await standin.wait_for("answerInlineQuery")

    [result] = call.params["results"]
    assert "No team called" in result["title"]


async def test_inline_queries_change_no_settings(standin: TelegramStandIn, bot) -> None:
    fan = standin.user(4008, language_code="en")
    standin.inline_query(fan, "/lang de")
    [call] = await standin.wait_for("answerInlineQuery")
    assert call.params["results"] == []

    standin.send_text(standin.private_chat(fan), fan, "/tie miami lafc")
    [answer] = await standin.wait_for("sendMessage")
    assert "Inter Miami 3–1 LAFC" in answer.visible
