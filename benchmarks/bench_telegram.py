"""How long the Telegram adapter takes to answer, measured through the stand-in Bot API server.

Runs the real python-telegram-bot Application (long polling, AIORateLimiter)
against tests/support/telegram_standin.py on 127.0.0.1 and times, per command,
the gap from the update entering the stand-in's queue to the reply's
sendMessage arriving there: getUpdates, the adapter, the core and the send.
Commands are spaced so Telegram's 30 messages/s limit (which the rate limiter
enforces) does not dominate the figure.

    .venv/bin/python benchmarks/bench_telegram.py [--count 200] [--gap-ms 40]
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

from tests.support.telegram_standin import TelegramStandIn  # noqa: E402
from tests.telegram.conftest import running_bot  # noqa: E402
from tests.telegram.facts import build_store  # noqa: E402

COMMANDS = ("/tie miami lafc", "/result inter-miami", "/tie inter lafc", "/team lafc")


async def measure(count: int, gap: float) -> list[float]:
    with tempfile.TemporaryDirectory() as folder:
        store = Path(folder) / "bench.sqlite3"
        await build_store(store)
        async with TelegramStandIn() as standin, running_bot(standin, store):
            fans = [standin.user(10_000 + i, language_code="en") for i in range(20)]
            gaps = []
            for i in range(count):
                fan = fans[i % len(fans)]
                started = time.perf_counter()
                standin.send_text(standin.private_chat(fan), fan, COMMANDS[i % len(COMMANDS)])
                [*_, last] = await standin.wait_for("sendMessage", count=i + 1, timeout=10)
                gaps.append((last.at - started) * 1000)
                await asyncio.sleep(max(0.0, gap - (time.perf_counter() - started)))
            return gaps


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--gap-ms", type=float, default=40.0)
    args = parser.parse_args()
    gaps = sorted(asyncio.run(measure(args.count, args.gap_ms / 1000)))
    p50 = statistics.median(gaps)
    p99 = gaps[min(len(gaps) - 1, int(len(gaps) * 0.99))]
    print(f"{len(gaps)} commands: p50 {p50:.1f} ms, p99 {p99:.1f} ms, max {gaps[-1]:.1f} ms")


if __name__ == "__main__":
    main()
