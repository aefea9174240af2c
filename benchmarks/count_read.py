"""Reading work counted in instructions, which do not depend on the machine's load.

Run under callgrind twice and subtract:
    valgrind --tool=callgrind .venv/bin/python benchmarks/count_read.py 0
    valgrind --tool=callgrind .venv/bin/python benchmarks/count_read.py 2
The second count minus the first is the cost of reading the texts of ../shared/reports
and ../shared/seeds twice, each read with the reader's caches cleared (as bench_read.py
does for its cold figures); the first is start-up alone.

With --steady, both runs first read every text once: tables the reader builds on
first use (the resolver's alias-core table, patterns `re` compiles lazily) are then
paid before the counted passes, so the difference is the work of a reader that has
been running a while, which is what bench_read.py's timed loops see.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_read import clear, reader_caches  # noqa: E402

from bot.reports.reader import read_report  # noqa: E402
from bot.teams.resolver import TeamResolver  # noqa: E402

SHARED = ROOT.parent / "shared"


def main() -> None:
    args = [a for a in sys.argv[1:] if a != "--steady"]
    passes = int(args[0]) if args else 1
    resolver = TeamResolver.default()
    paths = sorted((SHARED / "reports").glob("*.txt")) + sorted((SHARED / "seeds").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths if not p.name.isupper()]
    if not texts:
        sys.exit(f"no reports under {SHARED}: the count needs ../shared next to the project")
    for text in texts if "--steady" in sys.argv else texts[:1]:
        read_report(text, "warm-up", resolver)
    caches = reader_caches()
    for _ in range(passes):
        for text in texts:
            clear(caches)
            read_report(text, "count", resolver)
    print(f"{len(texts)} texts, {passes} passes")


if __name__ == "__main__":
    main()
