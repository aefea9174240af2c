"""Reading speed: reports/s on one core, for the seed reports (about 340 and 640 words).

Run: .venv/bin/python benchmarks/bench_read.py [--seconds S] [FOLDER...]
Each report is read repeatedly for about S seconds with the project's reader
(bot.reports.reader.read_report) and one shared TeamResolver, as `sportsbot
ingest` does. The figure for a 500-word report is the words/s rate over
these texts divided by 500. Extra folders (for example ../shared/reports)
are measured as one more line.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.reports.reader import read_report  # noqa: E402
from bot.teams.resolver import TeamResolver  # noqa: E402

TARGET_WORDS = 500


def measure(
    texts: list[tuple[str, str]], resolver: TeamResolver, seconds: float
) -> tuple[int, int, float, float]:
    """Read the texts round and round for `seconds`.

    Returns (reports, words, wall seconds, CPU seconds). The CPU time is what
    one core spent, which stays meaningful on a machine shared with other work.
    """
    for text, source in texts:
        read_report(text, source, resolver)
    reports = words = 0
    began, cpu = time.perf_counter(), time.process_time()
    while time.perf_counter() - began < seconds:
        for text, source in texts:
            read_report(text, source, resolver)
            reports += 1
            words += len(text.split())
    return reports, words, time.perf_counter() - began, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--seconds", type=float, default=3.0)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    resolver = TeamResolver.default()
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    total_words = total_wall = total_cpu = 0.0
    for path in seeds:
        text = path.read_text(encoding="utf-8")
        reports, words, wall, cpu = measure([(text, str(path))], resolver, args.seconds)
        total_words += words
        total_wall += wall
        total_cpu += cpu
        print(
            f"{path.name}: {len(text.split())} words, {reports / cpu:.0f} reports per CPU"
            f" second ({1000 * cpu / reports:.2f} ms CPU each; wall {reports / wall:.0f}/s)"
        )
    rate = total_words / total_cpu / TARGET_WORDS
    wall_rate = total_words / total_wall / TARGET_WORDS
    print(
        f"read: {rate:.0f} reports/s for a {TARGET_WORDS}-word report on one core"
        f" (CPU time; wall clock {wall_rate:.0f}/s; target 300)"
    )
    for folder in args.folders:
        texts = [(p.read_text(encoding="utf-8"), str(p)) for p in sorted(folder.glob("*.txt"))]
        reports, words, wall, cpu = measure(texts, resolver, args.seconds)
        print(
            f"{folder}: {len(texts)} reports, {reports / cpu:.0f} reports per CPU second,"
            f" {words / cpu / TARGET_WORDS:.0f} per {TARGET_WORDS} words"
        )


if __name__ == "__main__":
    main()
