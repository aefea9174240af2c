"""`sportsbot run telegram` as a real process: answers, keeps the token out of its logs, and
stops cleanly on SIGTERM and SIGINT."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

import pytest

from tests.support.telegram_standin import TelegramStandIn

ROOT = Path(__file__).resolve().parents[2]


async def start_bot(standin: TelegramStandIn, store: Path) -> asyncio.subprocess.Process:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("SPORTSBOT_", "TELEGRAM_", "DISCORD_"))
    }
    env.update(
        TELEGRAM_BOT_TOKEN=standin.token,
        TELEGRAM_API_BASE_URL=standin.base_url,
        SPORTSBOT_DB=str(store),
        SPORTSBOT_SEEDS=str(store.parent / "no-seeds"),
        PYTHONPATH=str(ROOT),
    )
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot.cli", "-v", "-v", "run", "telegram",
        cwd=ROOT, env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip


@pytest.mark.parametrize("stop_with", [signal.SIGTERM, signal.SIGINT])
async def test_run_telegram_answers_and_stops_on_signal(standin, store_file, stop_with) -> None:
    process = await start_bot(standin, store_file)
    try:
        await standin.polling(timeout=20)
        fan = standin.user(8001, language_code="en")
        standin.send_text(standin.private_chat(fan), fan, "/tie miami lafc")
        [call] = await standin.wait_for("sendMessage", timeout=10)
        process.send_signal(stop_with)
        out, err = await asyncio.wait_for(process.communicate(), 15)
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()

    log = err.decode()
    assert "Inter Miami 3–1 LAFC" in call.visible
    assert process.returncode == 0, log[-2000:]
    assert "Telegram bot stopped" in log
    assert "/bot<token>/getUpdates" in log
    assert standin.token not in log and standin.token not in out.decode()
