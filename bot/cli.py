"""The `sportsbot` command: ask, chat and run here; other packages add their own subcommands.

A module in CLI_MODULES exposes ``register(subparsers)``, adds its subparser and
sets ``func`` (``func(args) -> int | None``) as the default, as the ones here do.
Platform adapters are imported only when `run` asks for them.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from bot.config import Config, ConfigError

CLI_MODULES = ("bot.ingest.cli", "bot.evaluation.cli")
PLATFORMS = ("console", "telegram", "discord")

log = logging.getLogger("sportsbot")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sportsbot", description="A football bot that answers from the match reports it read."
    )
    parser.add_argument("--config", type=Path, help="TOML config file (else $SPORTSBOT_CONFIG)")
    parser.add_argument("--db", type=Path, help="the store's SQLite file (else $SPORTSBOT_DB)")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more log output")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    ask = sub.add_parser("ask", help="answer one command and exit")
    ask.add_argument("text", help='for example "/tie miami lafc"')
    ask.add_argument("--lang", choices=("en", "de"), help="answer in this language")
    ask.set_defaults(func=_ask)

    chat = sub.add_parser("chat", help="an interactive prompt")
    chat.add_argument("--lang", choices=("en", "de"), help="answer in this language")
    chat.set_defaults(func=_chat)

    run = sub.add_parser("run", help="run the bot on a platform, with its services")
    run.add_argument(
        "platform",
        nargs="?",
        choices=PLATFORMS,
        help="default: the platform whose token is configured, else the console",
    )
    run.set_defaults(func=_run)

    for name in CLI_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def load_config(args: argparse.Namespace) -> Config:
    config = Config.load(file=args.config)
    if args.db:
        from dataclasses import replace

        config = replace(config, db_path=args.db)
    return config


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    level = logging.WARNING - 10 * min(args.verbose, 2)
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except ConfigError as error:
        print(f"sportsbot: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader of our output went away (`| head`); nothing is lost, and the
        # interpreter must not fail again flushing stdout at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141


def _ask(args: argparse.Namespace) -> int:
    from adapters.console import ask

    async def go() -> int:
        from bot.app import App

        async with App.open(load_config(args)) as app:
            reply = await ask(app, args.text, args.lang)
        return 1 if reply.is_error else 0

    return asyncio.run(go())


def _chat(args: argparse.Namespace) -> int:
    from adapters.console import chat

    async def go() -> None:
        from bot.app import App

        async with App.open(load_config(args)) as app:
            await chat(app, args.lang)

    asyncio.run(go())
    return 0


def _run(args: argparse.Namespace) -> int:
    config = load_config(args)
    platform = args.platform or _platform_for(config)
    if platform is None:
        print("sportsbot run: both a Telegram and a Discord token are set; name one platform")
        return 2
    module = importlib.import_module(f"adapters.{platform}")

    async def go() -> None:
        from bot.app import App

        async with App.open(config) as app:
            await app.start_services()
            await module.serve(app)

    asyncio.run(go())
    return 0


def _platform_for(config) -> str | None:
    """With no platform named, the one a token is configured for; none means the console."""
    configured = [
        name
        for name, token in (("telegram", config.telegram_token), ("discord", config.discord_token))
        if token
    ]
    if len(configured) > 1:
        return None
    return configured[0] if configured else "console"


if __name__ == "__main__":
    sys.exit(main())
