"""How long the Discord adapter takes to answer, measured through the stand-in Discord.

Runs the real discord.py client against tests/support/discord_standin.py on
127.0.0.1 and times, for each interaction, the gap between the gateway event
leaving the stand-in and the callback arriving there: the adapter's and
discord.py's own overhead plus the core, against Discord's 3-second limit.

    .venv/bin/python benchmarks/bench_discord.py [--count 200]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.app import App  # noqa: E402
from tests.discord.conftest import discord_config  # noqa: E402
from tests.discord.driver import Driver  # noqa: E402
from tests.discord.facts import inter_milan_hostile  # noqa: E402
from tests.support import discord_payloads as payloads  # noqa: E402
from tests.support.discord_standin import DiscordStandin  # noqa: E402
from tests.support.facts import miami_lafc  # noqa: E402


async def timed(driver: Driver, count: int, ask) -> list[float]:
    """From just before the event is sent to the first callback's arrival, in ms."""
    gaps = []
    for _ in range(count):
        started = time.perf_counter()
        payload = await ask()
        first = driver.standin.callbacks_for(payload)[0]
        gaps.append((first.at - started) * 1000)
    return gaps


async def complete(driver: Driver, guild: payloads.Guild) -> dict:
    """Offer completions for `mia`; returns the interaction (by id) that asked."""
    await driver.autocomplete("tie", {"team": "mia"}, "team", guild)
    return {"id": driver.standin.callbacks[-1].interaction_id}


def describe(name: str, gaps: list[float]) -> str:
    gaps = sorted(gaps)
    p99 = gaps[min(len(gaps) - 1, int(len(gaps) * 0.99))]
    return f"{name}: n={len(gaps)} p50={statistics.median(gaps):.1f} ms p99={p99:.1f} ms"


async def main(count: int) -> None:
    standin = DiscordStandin()
    guild = payloads.Guild("bench", [payloads.Member(payloads.snowflake(), "fan")])
    standin.guilds = [guild]
    await standin.start()
    with tempfile.TemporaryDirectory() as folder:
        config = discord_config(standin, Path(folder) / "store.sqlite3")
        async with App.open(config, seed=False) as app:
            await app.store.ingest(miami_lafc())
            await app.store.ingest(inter_milan_hostile())
            driver = await Driver.start(app, standin)
            try:
                tie = {"team": "miami", "opponent": "lafc"}
                print(
                    describe(
                        "/tie", await timed(driver, count, lambda: driver.slash("tie", tie, guild))
                    )
                )
                print(
                    describe(
                        "autocomplete 'mia'",
                        await timed(
                            driver,
                            count,
                            lambda: complete(driver, guild),
                        ),
                    )
                )
            finally:
                await driver.stop()
    await standin.stop()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200)
    asyncio.run(main(parser.parse_args().count))
