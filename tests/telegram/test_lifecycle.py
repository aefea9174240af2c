"""Starting and stopping: menus in both languages, no token in the logs, clean stops."""

from __future__ import annotations

import asyncio
import logging
import os
import signal

import pytest

from adapters.telegram import serve
from adapters.telegram.redact import TokenRedactor
from adapters.telegram.runner import StartupError, TelegramBot
from bot.app import App
from bot.config import Config, ConfigError
from tests.support.telegram_standin import TelegramStandIn
from tests.telegram.conftest import FAST, config_for, running_bot


async def test_menus_are_set_in_english_and_german(standin: TelegramStandIn, bot) -> None:
    menus = {
        c.params.get("language_code"): c.params["commands"]
        for c in standin.calls_to("setMyCommands")
    }

    assert set(menus) == {None, "en", "de"}
    english = {c["command"]: c["description"] for c in menus["en"]}
    german = {c["command"]: c["description"] for c in menus["de"]}
    assert {"tie", "result", "results", "team", "lang", "help"} <= set(english)
    assert set(english) == set(german)
    assert menus[None] == menus["en"]
    assert english["tie"] != german["tie"]
    assert "Rückspiel" in german["tie"]


async def test_default_menu_follows_the_configured_language(standin, store_file) -> None:
    async with running_bot(standin, store_file, lang="de"):
        pass
    menus = {
        c.params.get("language_code"): c.params["commands"]
        for c in standin.calls_to("setMyCommands")
    }
    assert menus[None] == menus["de"] != menus["en"]


async def test_after_lang_the_chat_menu_is_in_the_chats_language(standin, bot) -> None:
    fan = standin.user(7001, language_code="en")
    standin.send_text(standin.private_chat(fan), fan, "/lang de")

    [call] = await standin.wait_for(
        "setMyCommands", where=lambda c: c.params.get("scope", {}).get("type") == "chat"
    )

    assert call.params["scope"] == {"type": "chat", "chat_id": fan["id"]}
    descriptions = {c["command"]: c["description"] for c in call.params["commands"]}
    german = {
        c["command"]: c["description"] for c in standin.menus[(repr([("type", "default")]), "de")]
    }
    assert descriptions == german


async def test_the_token_never_appears_in_logs(
    standin: TelegramStandIn, store_file, caplog
) -> None:
    caplog.set_level(logging.DEBUG)
    standin.fail_next("sendMessage", status=500)
    async with running_bot(standin, store_file):
        fan = standin.user(7002, language_code="en")
        standin.send_text(standin.private_chat(fan), fan, "/tie miami lafc")
        await standin.wait_for("sendMessage")

    assert "getUpdates" in caplog.text
    assert "/bot<token>/sendMessage" in caplog.text
    assert standin.token not in caplog.text
    secret = standin.token.split(":")[1]
    assert secret not in caplog.text
    for record in caplog.records:
        assert standin.token not in record.getMessage()


async def test_a_refused_token_stops_the_start_without_showing_it(
    standin, store_file, caplog
) -> None:
    caplog.set_level(logging.DEBUG)
    wrong = "999:not-the-right-token-at-all"
    config = Config(db_path=store_file, telegram_token=wrong, telegram_base_url=standin.base_url)
    async with App.open(config, seed=False) as app:
        with pytest.raises(StartupError) as caught:
            await TelegramBot(app.core, config, FAST).start()

    assert "token" in str(caught.value)
    assert wrong not in str(caught.value) and wrong not in caplog.text
    assert "999:" not in caplog.text


async def test_an_unreachable_server_is_reported_without_the_token(store_file, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    token = "4242:unreachable-secret"
    config = Config(
        db_path=store_file, telegram_token=token, telegram_base_url="http://127.0.0.1:9/bot"
    )
    async with App.open(config, seed=False) as app:
        bot = TelegramBot(
            app.core, config, FAST.__class__(startup_attempts=2, backoff=FAST.backoff)
        )
        with pytest.raises(StartupError) as caught:
            await bot.start()

    assert token not in str(caught.value) and token not in caplog.text
    assert "cannot reach" in str(caught.value)


async def test_no_token_is_a_clear_config_error(store_file) -> None:
    config = Config(db_path=store_file)
    async with App.open(config, seed=False) as app:
        with pytest.raises(ConfigError, match="TELEGRAM_BOT_TOKEN"):
            await serve(app, stop=asyncio.Event())


def test_redactor_masks_tracebacks_too(caplog) -> None:
    redactor = TokenRedactor(["123:secret-value"]).install()
    try:
        try:
            raise RuntimeError("POST http://x/bot123:secret-value/getMe failed")
        except RuntimeError:
            logging.getLogger("test").exception("call %s", "bot123:secret-value")
    finally:
        redactor.uninstall()
    assert "secret-value" not in caplog.text
    assert "bot<token>/getMe" in caplog.text


async def test_sigterm_stops_the_bot_cleanly(standin: TelegramStandIn, store_file) -> None:
    async with App.open(config_for(standin, store_file), seed=False) as app:
        task = asyncio.create_task(serve(app, tuning=FAST))
        await standin.polling()
        assert "telegram" in app.senders
        os.kill(os.getpid(), signal.SIGTERM)
        await asyncio.wait_for(task, 10)
        assert "telegram" not in app.senders
    assert standin.calls_to("getUpdates")[-1].params.get("timeout") == 0


async def test_serve_ends_the_program_with_a_reason_when_the_token_is_refused(
    standin: TelegramStandIn, store_file
) -> None:
    wrong = "999:not-the-right-token-at-all"
    config = Config(db_path=store_file, telegram_token=wrong, telegram_base_url=standin.base_url)
    async with App.open(config, seed=False) as app:
        with pytest.raises(SystemExit) as caught:
            await serve(app, stop=asyncio.Event(), tuning=FAST)
        assert "telegram" not in app.senders
    assert "token" in str(caught.value.code) and wrong not in str(caught.value.code)


def test_redactor_masks_the_encoded_token_and_its_secret_half(caplog) -> None:
    redactor = TokenRedactor(["123:secret-value-xyz"]).install()
    try:
        logging.getLogger("test").warning("a %s b %s", "123%3Asecret-value-xyz", "secret-value-xyz")
    finally:
        redactor.uninstall()
    logging.getLogger("test").warning("after: secret-value-xyz")
    assert "a <token> b <token>" in caplog.text
    assert "after: secret-value-xyz" in caplog.text
