"""Reader-only dev loop: read every report in a folder and score it against
its gold file, without a store: `python -m bot.evaluation.dev DIR [-q]`."""

from __future__ import annotations

import sys

from bot.evaluation.gold import load_dir
from bot.evaluation.score import score
from bot.reports.reader import read_report
from bot.teams.resolver import TeamResolver


def main(argv: list[str]) -> int:
    if not argv:
        print("usage: python -m bot.evaluation.dev DIR [-q]")
        return 2
    resolver = TeamResolver.default()
    pairs = []
    for gold in load_dir(argv[0]):
        facts = read_report(gold.text(), str(gold.path), resolver)
        pairs.append((gold, facts))
    for line in score(pairs).lines(details="-q" not in argv):
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
