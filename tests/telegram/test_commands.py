"""Commands in private chats and groups, answered in the chat's language as the user sees them."""

from __future__ import annotations

from tests.support.telegram_standin import TelegramStandIn
from tests.telegram.conftest import running_bot


async def test_tie_in_private_chat_gets_english_answer(standin: TelegramStandIn, bot) -> None:
    fan = standin.user(1001, language_code="en")
    chat = standin.private_chat(fan)
    asked = standin.send_text(chat, fan, "/tie miami lafc")

    [call] = await standin.wait_for("sendMessage")

    assert call.params["chat_id"] == fan["id"]
    assert call.params["parse_mode"] == "HTML"
    assert call.params["reply_parameters"]["message_id"] == asked["message_id"]
    text = call.visible
    assert "LAFC 1–0 Inter Miami" in text
    assert "Inter Miami 3–1 LAFC" in text
    assert "9 April 2025" in text
    assert "3–2" in text
    assert "Long 9', Messi 35', Allen 61', Messi 84' (pen.)" in text
    assert call.params["text"].startswith("<b>LAFC v Inter Miami</b>")


async def test_private_chat_of_a_german_user_is_german(standin: TelegramStandIn, bot) -> None:
    fan = standin.user(1002, language_code="de")
    standin.send_text(standin.private_chat(fan), fan, "/tie miami lafc")

    [call] = await standin.wait_for("sendMessage")

    assert "Inter Miami 3:1 LAFC" in call.visible
    assert "9. April 2025" in call.visible
    assert "Rückspiel" in call.visible


async def test_group_set_to_german_gets_german_for_the_addressed_command(
    standin: TelegramStandIn, bot
) -> None:
    group = standin.group_chat(-100200, title="Fans")
    admin = standin.user(2001, language_code="en")
    member = standin.user(2002, language_code="en")
    standin.set_member(group["id"], admin["id"], "administrator")
    standin.send_text(group, admin, f"/lang@{standin.username} de")
    await standin.wait_for("sendMessage")

    standin.send_text(group, member, f"/tie@{standin.username} miami lafc")

    calls = await standin.wait_for("sendMessage", count=2)
    answer = calls[1].visible
    assert calls[1].params["chat_id"] == group["id"]
    assert "LAFC 1:0 Inter Miami" in answer
    assert "Hinspiel" in answer
    assert "3:2" in answer
    assert "9. April 2025" in answer


async def test_group_without_a_setting_uses_the_default_not_the_users_language(
    standin: TelegramStandIn, bot
) -> None:
    group = standin.group_chat(-100201)
    german_fan = standin.user(2003, language_code="de")
    standin.send_text(group, german_fan, "/tie miami lafc")

    [call] = await standin.wait_for("sendMessage")

    assert "Inter Miami 3–1 LAFC" in call.visible


async def test_commands_for_other_bots_are_left_alone(standin: TelegramStandIn, bot) -> None:
    group = standin.group_chat(-100202)
    fan = standin.user(2004)
    standin.send_text(group, fan, "/tie@some_other_bot miami lafc")
    standin.send_text(group, fan, "/weather berlin")
    standin.send_text(group, fan, "miami lafc, what a game")
    standin.send_text(group, fan, "/help")

    [call] = await standin.wait_for("sendMessage")
    await standin.quiet(0.3)

    assert len(standin.sent()) == 1
    assert "/tie" in call.visible


async def test_start_in_private_chat_shows_help(standin: TelegramStandIn, bot) -> None:
    fan = standin.user(2005, language_code="en")
    standin.send_text(standin.private_chat(fan), fan, "/start")

    [call] = await standin.wait_for("sendMessage")

    assert "/tie" in call.visible and "/lang" in call.visible


async def test_lang_from_non_admin_is_refused_and_admin_change_survives_restart(
    standin: TelegramStandIn, store_file
) -> None:
    group = standin.group_chat(-100300, title="Fans")
    admin = standin.user(3001, language_code="en")
    member = standin.user(3002, language_code="de")
    standin.set_member(group["id"], admin["id"], "creator")

    async with running_bot(standin, store_file):
        standin.send_text(group, member, "/lang de")
        [refusal] = await standin.wait_for("sendMessage")
        standin.send_text(group, admin, "/lang de")
        calls = await standin.wait_for("sendMessage", count=2)

    assert "admin" in refusal.visible.lower()
    assert "Only the group's admins can change its language." == refusal.visible
    checks = standin.calls_to("getChatMember")
    assert [c.params["user_id"] for c in checks] == [member["id"], admin["id"]]
    accepted = calls[1].visible
    assert accepted != refusal.visible
    chat_menus = [
        c
        for c in standin.calls_to("setMyCommands")
        if c.params.get("scope", {}).get("type") == "chat"
    ]
    assert [c.params["scope"]["chat_id"] for c in chat_menus] == [group["id"]]

    async with running_bot(standin, store_file):
        standin.send_text(group, member, "/tie miami lafc")
        calls = await standin.wait_for("sendMessage", count=3)

    assert "Inter Miami 3:1 LAFC" in calls[2].visible
    assert "Rückspiel" in calls[2].visible


async def test_refusal_comes_in_the_groups_language(standin: TelegramStandIn, bot) -> None:
    group = standin.group_chat(-100301)
    admin = standin.user(3003)
    member = standin.user(3004, language_code="en")
    standin.set_member(group["id"], admin["id"], "administrator")
    standin.send_text(group, admin, "/lang de")
    await standin.wait_for("sendMessage")

    standin.send_text(group, member, "/lang en")
    calls = await standin.wait_for("sendMessage", count=2)

    refusal = calls[1].visible
    assert "Only the group's admins" not in refusal
    assert "Admin" in refusal


async def test_one_chats_commands_are_answered_in_order(standin: TelegramStandIn, bot) -> None:
    fan = standin.user(3005, language_code="en")
    chat = standin.private_chat(fan)
    standin.send_text(chat, fan, "/lang de")
    standin.send_text(chat, fan, "/tie miami lafc")
    standin.send_text(chat, fan, "/lang en")
    standin.send_text(chat, fan, "/tie miami lafc")

    calls = await standin.wait_for("sendMessage", count=4)

    assert "Inter Miami 3:1 LAFC" in calls[1].visible
    assert "Inter Miami 3–1 LAFC" in calls[3].visible
    assert [c.params["reply_parameters"]["message_id"] for c in calls] == sorted(
        c.params["reply_parameters"]["message_id"] for c in calls
    )
