"""Reading speed: reports/s on one core, for the seed reports (about 340 and 640 words).

Run: .venv/bin/python benchmarks/bench_read.py [--seconds S] [FOLDER...]
Each report is read repeatedly for about S seconds with the project's reader
(bot.reports.reader.read_report) and one shared TeamResolver, as `sportsbot
ingest` does. Reading one text again and again would let the reader's caches
(lru_cache on names, words and sentences) answer from memory, so the seed
figures clear every cache of the reader before each read ("cold"). The figure
for a 500-word report is the words/s rate over these texts divided by 500.
Extra folders (for example ../shared/reports) are read round-robin, so each
read is a different text, once with warm caches and once cold. Round-robin
over a few texts still lets caches keyed by a sentence answer from memory, so
the "new text" line is the one closest to `sportsbot ingest` of a folder of
reports nobody has read before: the texts of all folders are split in two
halves; the reader warms up on one half (caches of words and names fill, as
in a long ingest) and is timed reading each text of the other half once.
All rates are per CPU second: the machine is shared.
With --stages it also prints the CPU time per read of each step of the reader,
timed directly (a profiler's per-call overhead makes many-call steps look dearer).
"""

from __future__ import annotations

import argparse
import collections
import functools
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.reports import reader  # noqa: E402
from bot.reports.goals import placing as goals  # noqa: E402
from bot.reports.names import cast, mentions, playerbook  # noqa: E402
from bot.reports.reader import read_report  # noqa: E402
from bot.teams.resolver import TeamResolver  # noqa: E402

TARGET_WORDS = 500


def reader_caches() -> list:
    """The lru caches of bot.* that remember text-dependent answers (maxsize 1 are
    tables built once per process, which every real run keeps)."""
    found = []
    for name, module in list(sys.modules.items()):
        if not name.startswith("bot.") or module is None:
            continue
        for value in vars(module).values():
            if isinstance(value, functools._lru_cache_wrapper):
                if value.cache_info().maxsize not in (0, 1):
                    found.append(value)
    return found


def clear(caches: list) -> None:
    """Forget every text-dependent answer: the lru caches and the two plain dicts that
    remember the normal form of a word or a player's name."""
    for cache in caches:
        cache.cache_clear()
    mentions._NORMAL.clear()
    playerbook._KEYS.clear()


def measure(
    texts: list[tuple[str, str]], resolver: TeamResolver, seconds: float, cold: bool
) -> tuple[int, int, float, float]:
    """Read the texts round and round for `seconds` of CPU time.

    Returns (reports, words, wall seconds, CPU seconds). The CPU time is what
    one core spent, which stays meaningful on a machine shared with other work.
    """
    for text, source in texts:
        read_report(text, source, resolver)
    caches = reader_caches() if cold else []
    reports = words = 0
    began, cpu = time.perf_counter(), time.process_time()
    while time.process_time() - cpu < seconds:
        for text, source in texts:
            if cold:
                clear(caches)
            read_report(text, source, resolver)
            reports += 1
            words += len(text.split())
    return reports, words, time.perf_counter() - began, time.process_time() - cpu


def measure_new(texts: list[tuple[str, str]], resolver: TeamResolver, rounds: int = 3) -> float:
    """CPU seconds per word for texts read once each, after warming up on other texts."""
    caches = reader_caches()
    halves = (texts[::2], texts[1::2])
    words = 0
    cpu = 0.0
    for _ in range(rounds):
        for warm, timed in (halves, halves[::-1]):
            clear(caches)
            for text, source in warm:
                read_report(text, source, resolver)
            began = time.process_time()
            for text, source in timed:
                read_report(text, source, resolver)
            cpu += time.process_time() - began
            words += sum(len(text.split()) for text, _ in timed)
    return cpu / words


STAGES = [
    (reader, "build_document"),
    (reader, "read_results"),
    (reader, "build_matches"),
    (reader, "read_ties"),
    (goals, "attach_goals"),
    (goals, "Cast"),
    (cast, "find_people"),
    (goals, "build_scenes"),
    (goals, "find_minutes"),
    (reader.factcheck, "check_goals"),
    (reader.cards, "attach_dismissals"),
]


_INSIDE_GOALS = {"Cast", "find_people", "build_scenes", "find_minutes"}


def stages(texts: list[tuple[str, str]], resolver: TeamResolver, rounds: int = 10) -> None:
    """CPU ms per cold read spent in each step (indented: the parts of attach_goals)."""
    spent: collections.Counter = collections.Counter()
    originals = [(owner, name, getattr(owner, name)) for owner, name in STAGES]

    def timed(step, label):
        def call(*args, **kwargs):
            began = time.process_time()
            try:
                return step(*args, **kwargs)
            finally:
                spent[label] += time.process_time() - began

        return call

    labels = ["read_report"]
    for owner, name, step in originals:
        labels.append("    " * (name in _INSIDE_GOALS) + "  " * (name == "find_people") + name)
        setattr(owner, name, timed(step, labels[-1]))
    caches = reader_caches()
    try:
        for _ in range(rounds):
            for text, source in texts:
                clear(caches)
                began = time.process_time()
                read_report(text, source, resolver)
                spent["read_report"] += time.process_time() - began
    finally:
        for owner, name, step in originals:
            setattr(owner, name, step)
    reads = rounds * len(texts)
    for label in labels:
        seconds = spent[label]
        share = 100 * seconds / spent["read_report"]
        print(f"  {label:22} {1000 * seconds / reads:6.2f} ms CPU per read  {share:5.1f}%")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--stages", action="store_true", help="time each step of the reader")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    resolver = TeamResolver.default()
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    total_words = total_wall = total_cpu = 0.0
    for path in seeds:
        text = path.read_text(encoding="utf-8")
        reports, words, wall, cpu = measure([(text, str(path))], resolver, args.seconds, True)
        total_words += words
        total_wall += wall
        total_cpu += cpu
        print(
            f"{path.name}: {len(text.split())} words, cold: {reports / cpu:.0f} reports per"
            f" CPU second ({1000 * cpu / reports:.2f} ms CPU each; wall {reports / wall:.0f}/s)"
        )
    rate = total_words / total_cpu / TARGET_WORDS
    wall_rate = total_words / total_wall / TARGET_WORDS
    print(
        f"read: {rate:.0f} reports/s for a {TARGET_WORDS}-word report on one core"
        f" (CPU time, cold caches; wall clock {wall_rate:.0f}/s; target 300)"
    )
    for folder in args.folders:
        texts = [
            (p.read_text(encoding="utf-8"), str(p))
            for p in sorted(folder.glob("*.txt"))
            if not p.name.isupper()
        ]
        for cold in (False, True):
            reports, words, wall, cpu = measure(texts, resolver, args.seconds, cold)
            print(
                f"{folder} ({'cold' if cold else 'warm'}): {len(texts)} different reports,"
                f" {reports / cpu:.0f} reports per CPU second,"
                f" {words / cpu / TARGET_WORDS:.0f} per {TARGET_WORDS} words"
            )
    every = [
        (p.read_text(encoding="utf-8"), str(p))
        for folder in args.folders
        for p in sorted(folder.glob("*.txt"))
        if not p.name.isupper()
    ]
    if len(every) >= 4:
        per_word = measure_new(every, resolver)
        print(
            f"new text: {len(every)} different reports, each read once after warming up on"
            f" the others: {1 / per_word / TARGET_WORDS:.0f} reports/s for a"
            f" {TARGET_WORDS}-word report (CPU time; target 300)"
        )
    if args.stages:
        texts = [(p.read_text(encoding="utf-8"), str(p)) for p in seeds]
        for folder in args.folders:
            texts += [
                (p.read_text(encoding="utf-8"), str(p))
                for p in sorted(folder.glob("*.txt"))
                if not p.name.isupper()
            ]
        print(f"where a cold read spends its time ({len(texts)} reports):")
        stages(texts, resolver)


if __name__ == "__main__":
    main()
