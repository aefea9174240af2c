"""Hostile input gets a clear reply the real Bot API would accept; replies over 4096 are split."""

from __future__ import annotations

import pytest

from adapters.telegram.render import render
from bot.seam import Reply, Section
from tests.support.telegram_html import HtmlError, check_message, parse
from tests.support.telegram_standin import TelegramStandIn

HOSTILE = [
    "/tie <b>miami</b> <script>alert(1)</script>",
    "/tie <b lafc",
    "/result </i>&amp; & <a href='x'>",
    "/tie " + "<b>" * 1000 + "x" * 1000,
    "/tie " + "é&<>" * 997,
    "/tie",
    "/result",
    "/lang",
    "/lang <b>de</b>",
    "/team \u202e\u0000\u200b 🤖",
    "/tie miami lafc 2025 ' OR 1=1; DROP TABLE matches; --",
]


async def test_hostile_input_gets_clear_valid_replies(standin: TelegramStandIn, bot) -> None:
    fan = standin.user(6001, language_code="en")
    chat = standin.private_chat(fan)
    for text in HOSTILE:
        assert len(text) <= 4096
        standin.send_text(chat, fan, text)

    calls = await standin.wait_for("sendMessage", count=len(HOSTILE), timeout=10)
    await standin.quiet(0.3)

    assert standin.rejected == []
    assert len(calls) == len(HOSTILE)
    asked = {
        m["message_id"]: m["text"] for (c, _), m in standin.messages.items() if c == chat["id"]
    }
    for call in calls:
        question = asked[call.params["reply_parameters"]["message_id"]]
        assert call.visible.strip(), question
        assert "<script>" not in call.params["text"]
        assert "Traceback" not in call.visible
        if "<script>" in call.visible:
            assert "&lt;script&gt;" in call.params["text"]
    by_question = {asked[c.params["reply_parameters"]["message_id"]]: c.visible for c in calls}
    assert "/tie miami lafc" in by_question["/tie"]
    assert "de" in by_question["/lang"] and "en" in by_question["/lang"]


def test_the_standin_checker_rejects_what_telegram_rejects() -> None:
    for bad in ("<b>open", "a < b", "x & y", "<script>1</script>", "<b><i>x</b></i>", "a > b"):
        with pytest.raises(HtmlError):
            parse(bad)
    assert parse("<b>3&lt;4</b> &amp; <i>ok</i>") == "3<4 & ok"
    with pytest.raises(HtmlError):
        check_message("x" * 4097, None)


def _reply(lines: list[str], title: str = "<b>Title</b> & co") -> Reply:
    return Reply(
        lang="en",
        title=title,
        sections=(Section("Heading <i>", tuple(lines)),),
        footer="Source: <report> & more",
    )


def test_long_reply_is_split_at_line_boundaries_into_valid_messages() -> None:
    lines = [f"Line {i}: Messi <scored> & Alba's 90+6' goal" for i in range(400)]
    chunks = render(_reply(lines))

    assert len(chunks) > 1
    visible = [check_message(chunk, "HTML") for chunk in chunks]
    joined = "\n".join(visible)
    for line in lines:
        assert line in joined
    assert visible[0].startswith("<b>Title</b> & co")
    assert visible[-1].endswith("Source: <report> & more")
    for text in visible:
        assert all(not part.startswith("ine ") for part in text.splitlines())


def test_one_line_longer_than_a_message_is_cut_without_breaking_entities() -> None:
    line = "&<>é😀 " * 3000
    chunks = render(_reply([line], title="T"))

    visible = [check_message(chunk, "HTML") for chunk in chunks]
    assert len(chunks) >= 5
    assert "".join(v.replace("\n", "") for v in visible).count("😀") == 3000


def test_markup_from_the_reply_is_shown_as_text() -> None:
    [chunk] = render(_reply(["<a href='javascript:x'>click</a>"]))

    assert "&lt;a href='javascript:x'&gt;click&lt;/a&gt;" in chunk
    assert chunk.startswith("<b>&lt;b&gt;Title&lt;/b&gt; &amp; co</b>")
    assert "<i>Source: &lt;report&gt; &amp; more</i>" in chunk


async def test_a_long_reply_goes_out_as_several_valid_messages(standin, store_file) -> None:
    from types import SimpleNamespace

    from adapters.telegram.runner import TelegramBot
    from bot.app import App
    from bot.seam import Choice
    from tests.telegram.conftest import FAST, config_for

    lines = tuple(f"{i}: <b>Messi</b> & Alba 90+6'" for i in range(600))
    reply = Reply(
        lang="en",
        title="Long",
        sections=(Section(None, lines),),
        choices=(Choice("Inter Miami", "/tie inter-miami lafc"),),
    )
    fan = standin.user(6002)
    chat = standin.private_chat(fan)
    asked = {"message_id": 777, "date": 0, "chat": chat, "from": fan, "text": "a question"}
    standin.messages[(chat["id"], 777)] = asked
    async with App.open(config_for(standin, store_file), seed=False) as app:
        bot = TelegramBot(app.core, app.config, FAST)
        await bot.start()
        try:
            context = SimpleNamespace(bot=bot.application.bot)
            await bot.handlers.deliver(context, fan["id"], reply, reply_to=asked["message_id"])
        finally:
            await bot.stop()

    calls = standin.sent(fan["id"])
    assert len(calls) >= 3 and standin.rejected == []
    assert "reply_parameters" in calls[0].params
    assert all("reply_parameters" not in c.params for c in calls[1:])
    assert [bool(c.params.get("reply_markup")) for c in calls] == [False] * (len(calls) - 1) + [
        True
    ]
    shown = "\n".join(c.visible for c in calls)
    assert all(line in shown for line in lines)
