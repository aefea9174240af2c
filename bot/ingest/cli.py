"""`sportsbot ingest PATH...`: read report files and folders into the store and say what changed."""

from __future__ import annotations

import argparse
import asyncio
from pathlib import Path

from bot.config import DEFAULT_TIMEZONE


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "ingest", help="read report files or folders (*.txt) into the store"
    )
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from bot.cli import load_config

    config = load_config(args)
    return asyncio.run(
        ingest_command(config.db_path, args.paths, not args.no_progress, config.timezone)
    )


async def ingest_command(
    db_path: Path,
    paths: list[Path],
    progress: bool = True,
    timezone: str = DEFAULT_TIMEZONE,
    clock=None,
) -> int:
    """Ingest and print the summary; exit status 1 when some file could not be read.

    Announcements the new facts cause are queued in the same transaction (the
    outbox hook), so a running bot's dispatcher sends them on its next look.
    """
    from bot.clock import SystemClock
    from bot.ingest.pipeline import ingest_paths
    from bot.schedule.outbox import hook
    from storage.sqlite import SqliteStore

    on_events = hook(clock or SystemClock(), timezone)
    async with await SqliteStore.open(db_path) as store:
        summary = await ingest_paths(store, paths, progress=progress, on_events=on_events)
    for line in summary.lines():
        print(line)
    return 1 if summary.failures else 0
