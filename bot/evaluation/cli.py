"""`sportsbot eval DIR`: precision and recall of the whole reading path over a gold folder."""

from __future__ import annotations

import argparse
import asyncio
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "eval", help="score reading against NAME.txt + NAME.gold.json pairs in a folder"
    )
    parser.add_argument("directory", type=Path, metavar="DIR")
    parser.add_argument("-q", "--quiet", action="store_true", help="no list of misses and extras")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from bot.evaluation.run import evaluate

    if not args.directory.is_dir():
        print(f"sportsbot eval: {args.directory} is not a folder")
        return 2
    evaluation = asyncio.run(evaluate(args.directory))
    if evaluation.card.reports == 0:
        print(f"sportsbot eval: no NAME.txt + NAME.gold.json pairs in {args.directory}")
        return 2
    for line in evaluation.lines(details=not args.quiet):
        print(line)
    return 0
