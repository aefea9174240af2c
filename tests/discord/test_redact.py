"""The bot token never reaches a log line, from our code, discord.py or a traceback."""

from __future__ import annotations

import logging

from adapters.discord import redact


async def test_a_whole_session_logs_no_token(standin, app, caplog, english):
    from tests.discord.driver import Driver

    caplog.set_level(logging.DEBUG)
    driver = await Driver.start(app, standin)
    try:
        await driver.slash("tie", {"team": "miami", "opponent": "lafc"}, english)
    finally:
        await driver.stop()

    assert any(r.name.startswith("discord") for r in caplog.records)
    assert standin.token not in caplog.text
    assert all(standin.token not in r.getMessage() for r in caplog.records)


def test_a_token_in_a_message_argument_or_traceback_is_masked(caplog):
    token = "MTIzNDU2.secret-token.abcdef"
    redact.install(token)
    log = logging.getLogger("discord.http")
    try:
        with caplog.at_level(logging.DEBUG):
            log.warning("header Authorization: Bot %s", token)
            log.info("nothing secret in %s", "this one")
            try:
                raise RuntimeError(f"login failed for {token}")
            except RuntimeError:
                log.exception("request failed")
    finally:
        redact.uninstall()

    assert token not in caplog.text
    assert caplog.text.count(redact.MASK) >= 2
    assert "header Authorization: Bot " + redact.MASK in caplog.text
    assert "nothing secret in this one" in caplog.text
