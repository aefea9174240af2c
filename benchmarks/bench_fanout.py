"""Fan-out of one result to many subscribed Telegram chats, through the stand-in Bot API.

Run: .venv/bin/python benchmarks/bench_fanout.py [--chats 10000] [--limited-chats 600]
     [--concurrency 16]

1. Limits lifted: N chats, the real TelegramSender (python-telegram-bot) and
   the dispatcher, with the stand-in server in a separate process on
   127.0.0.1. The bot process is pinned to one core; reports messages/s.
2. Telegram's limits, real time: a scaled-down fan-out (--limited-chats) through
   the stand-in; reports elapsed time against the minimum (N-1)/30 s.
3. Telegram's limits, simulated time: N chats with a fake clock that jumps to
   the next wake-up and a sender that answers at once; reports the clock's
   elapsed time against (N-1)/30 s, i.e. the pacing's own overhead.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from adapters.telegram.sender import TelegramSender  # noqa: E402
from bot.clock import FakeClock, SystemClock  # noqa: E402
from bot.config import Config  # noqa: E402
from bot.schedule.dispatcher import Dispatcher  # noqa: E402
from bot.schedule.outbox import hook  # noqa: E402
from bot.schedule.sender import NO_LIMITS, TELEGRAM_LIMITS, RecordingSender  # noqa: E402
from bot.schedule.timing import to_text  # noqa: E402
from storage.sqlite import SqliteStore  # noqa: E402
from tests.schedule.support import report_facts, utc  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
STANDIN = (
    "import asyncio, sys\n"
    "from tests.support.telegram_standin import TelegramStandIn\n"
    "async def main():\n"
    "    async with TelegramStandIn() as tg:\n"
    "        print(tg.base_url, tg.token, flush=True)\n"
    "        await asyncio.Event().wait()\n"
    "asyncio.run(main())\n"
)


async def queued_store(path: Path, chats: int, clock) -> tuple[SqliteStore, float]:
    store = await SqliteStore.open(path)
    stamp = to_text(clock.now())
    async with store.transaction() as conn:
        await conn.executemany(
            "INSERT INTO subscriptions (platform, chat_id, kind, target, created_at)"
            " VALUES ('telegram', ?, 'team', 'inter-miami', ?)",
            [(str(-1_000_000 - n), stamp) for n in range(chats)],
        )
    started = time.perf_counter()
    await store.ingest(report_facts("fanout", (3, 1)), on_events=hook(clock, "Europe/Berlin"))
    return store, time.perf_counter() - started


async def drain(dispatcher: Dispatcher) -> None:
    while await dispatcher.run_once():
        pass


async def through_standin(
    chats: int, limits, base_url: str, token: str, workdir: Path, concurrency: int = 8
) -> dict:
    clock = SystemClock()
    store, queue_time = await queued_store(
        workdir / f"fanout-{chats}-{id(limits)}.db", chats, clock
    )
    config = Config(telegram_token=token, telegram_base_url=base_url)
    sender = TelegramSender.from_config(config, limits=limits, pool=concurrency)
    await sender.start()
    dispatcher = Dispatcher(store, [sender], clock, concurrency=concurrency, batch=20_000)
    started, cpu = time.perf_counter(), time.process_time()
    await drain(dispatcher)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    await sender.close()
    await store.close()
    sent = dispatcher.outcome.sent
    return {"queue_s": queue_time, "elapsed_s": elapsed, "cpu_s": cpu, "sent": sent}


async def without_http(chats: int, workdir: Path, concurrency: int = 8) -> dict:
    """The dispatcher and store alone: a sender that answers at once, no limits."""
    clock = SystemClock()
    store, _ = await queued_store(workdir / "fanout-nohttp.db", chats, clock)
    sender = RecordingSender(platform="telegram")
    dispatcher = Dispatcher(store, [sender], clock, concurrency=concurrency, batch=20_000)
    started, cpu = time.perf_counter(), time.process_time()
    await drain(dispatcher)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    await store.close()
    return {"elapsed_s": elapsed, "cpu_s": cpu, "sent": len(sender.sent)}


async def simulated(chats: int, workdir: Path) -> dict:
    clock = FakeClock(utc(2025, 4, 10, 12, 0))
    store, _ = await queued_store(workdir / "fanout-sim.db", chats, clock)
    sender = RecordingSender(platform="telegram", limits=TELEGRAM_LIMITS)
    dispatcher = Dispatcher(store, [sender], clock, concurrency=8, batch=20_000)
    start = clock.now()
    task = asyncio.create_task(drain(dispatcher))
    while not task.done():
        await asyncio.sleep(0)
        pending = [when for when, future in clock._sleepers if not future.done()]
        if pending:
            await clock.advance(to=min(pending))
    await task
    await store.close()
    return {"clock_s": (clock.now() - start).total_seconds(), "sent": len(sender.sent)}


async def main(args: argparse.Namespace) -> None:
    server = await asyncio.create_subprocess_exec(
        sys.executable, "-c", STANDIN, cwd=ROOT, stdout=asyncio.subprocess.PIPE
    )
    try:
        base_url, token = (await server.stdout.readline()).decode().split()
        if hasattr(os, "sched_setaffinity"):
            os.sched_setaffinity(0, {args.core})
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp)
            free = await through_standin(
                args.chats, NO_LIMITS, base_url, token, work, args.concurrency
            )
            print(
                f"limits lifted, through the stand-in: {free['sent']} messages in"
                f" {free['elapsed_s']:.2f} s = {free['sent'] / free['elapsed_s']:,.0f} messages/s"
                f" wall, {free['sent'] / free['cpu_s']:,.0f} per CPU-second of the bot process"
                f" (queueing {args.chats} rows in the ingest took {free['queue_s'] * 1000:.0f} ms)"
            )
            bare = await without_http(args.chats, work, args.concurrency)
            print(
                f"limits lifted, no HTTP (dispatcher + SQLite only): {bare['sent']} messages in"
                f" {bare['elapsed_s']:.2f} s = {bare['sent'] / bare['elapsed_s']:,.0f} messages/s"
                f" wall, {bare['sent'] / bare['cpu_s']:,.0f} per CPU-second"
            )
            paced = await through_standin(
                args.limited_chats, TELEGRAM_LIMITS, base_url, token, work
            )
            minimum = (args.limited_chats - 1) / TELEGRAM_LIMITS.overall_per_second
            print(
                f"Telegram limits, real time: {paced['sent']} messages in"
                f" {paced['elapsed_s']:.2f} s; minimum {minimum:.2f} s;"
                f" {100 * (paced['elapsed_s'] / minimum - 1):+.1f}%"
            )
            sim = await simulated(args.chats, work)
            minimum = (args.chats - 1) / TELEGRAM_LIMITS.overall_per_second
            print(
                f"Telegram limits, simulated clock: {sim['sent']} messages in"
                f" {sim['clock_s']:.2f} s; minimum {minimum:.2f} s;"
                f" {100 * (sim['clock_s'] / minimum - 1):+.2f}%"
            )
    finally:
        server.kill()
        await server.wait()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chats", type=int, default=10_000)
    parser.add_argument("--limited-chats", type=int, default=600)
    parser.add_argument(
        "--concurrency", type=int, default=16, help="sends in flight with limits lifted"
    )
    parser.add_argument("--core", type=int, default=0, help="pin the bot process to this core")
    asyncio.run(main(parser.parse_args()))
