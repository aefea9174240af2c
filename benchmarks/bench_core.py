"""Answer time of the core, from command text to reply text, on a store of 100,000 matches.

Run: .venv/bin/python benchmarks/bench_core.py [--matches N] [--ties N] [--queries N]
The large store is written synthetically (benchmarks/bench_ingest.fill), then
a few hundred two-legged ties go through the real SqliteStore.ingest. Each
query is timed from `Core.handle_text` to `Reply.as_text()`, on one core, with
team names typed as a user would (display names, lower case). The team-name
cache is cleared before every query, so each one pays for resolving its names.
"core own" is the same time minus the time spent awaiting the store. CPU time
per answer (all threads, so the store's read thread too) is printed as well,
since wall clock on a shared machine moves with the other load.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_ingest import fill  # noqa: E402

from bot.core import Core  # noqa: E402
from bot.facts import Goal, Match, Report, ReportFacts  # noqa: E402
from bot.seam import ChatContext  # noqa: E402
from bot.teams.resolver import TeamResolver  # noqa: E402
from storage.sqlite import SqliteStore  # noqa: E402

UCL = "UEFA Champions League"


def tie_reports(count: int, teams: list[str], rng: random.Random) -> list[ReportFacts]:
    out = []
    for n in range(count):
        a, b = rng.sample(teams, 2)
        day = date(2026, 2, 1) + timedelta(days=n % 60)
        first = Match(
            a,
            b,
            (rng.randrange(3), rng.randrange(3)),
            UCL,
            "2025-26",
            "round-of-16",
            1,
            day.isoformat(),
            goals=None,
        )
        second = Match(
            b,
            a,
            (2, 0),
            UCL,
            "2025-26",
            "round-of-16",
            2,
            (day + timedelta(days=7)).isoformat(),
            extra_time=False,
            goals=[Goal(b, "Some Scorer", 20), Goal(b, "Other Scorer", 90, added=3)],
        )
        text = f"bench tie {n}"
        report = Report(
            text, hashlib.sha256(text.encode()).hexdigest(), f"bench/{n}.txt", "en", day.isoformat()
        )
        out.append(ReportFacts(report, [first, second]))
    return out


class TimedStore:
    """Passes every call to the store and adds up the time spent waiting for it."""

    def __init__(self, store: SqliteStore) -> None:
        self.store = store
        self.spent = 0.0

    def __getattr__(self, name: str):
        target = getattr(self.store, name)

        async def timed(*args, **kwargs):
            began = time.perf_counter()
            try:
                return await target(*args, **kwargs)
            finally:
                self.spent += time.perf_counter() - began

        return timed


def percentile(values: list[float], share: float) -> float:
    return values[min(len(values) - 1, int(len(values) * share))]


async def run(args: argparse.Namespace) -> None:
    rng = random.Random(11)
    resolver = TeamResolver.default()
    teams = sorted(resolver.teams)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.sqlite3"
        await (await SqliteStore.open(path)).close()
        began = time.perf_counter()
        fill(path, args.matches, teams, rng)
        async with await SqliteStore.open(path) as store:
            reports = tie_reports(args.ties, teams, rng)
            for facts in reports:
                await store.ingest(facts)
            built = time.perf_counter() - began
            counts = await store.counts()
            timed = TimedStore(store)
            core = Core(timed, resolver)
            chat = ChatContext("console", "bench")
            pairs = [(f.matches[0].home, f.matches[0].away) for f in reports]

            def name(team_id: str) -> str:
                return resolver.display(team_id, "en").lower()

            kinds = {
                "tie": lambda a, b: f"/tie {name(a)} {name(b)}",
                "result": lambda a, b: f"/result {name(a)} {name(b)}",
                "results": lambda a, b: f"/results {name(a)} 5",
                "team": lambda a, b: f"/team {name(a)}",
            }
            await core.handle_text("/help", chat)
            timings: dict[str, list[float]] = {kind: [] for kind in kinds}
            own: list[float] = []
            cpu = time.process_time()
            for n in range(args.queries):
                kind = list(kinds)[n % len(kinds)]
                a, b = rng.choice(pairs)
                text = kinds[kind](a, b)
                (await core.teams()).pick.cache_clear()
                timed.spent = 0.0
                one = time.perf_counter()
                reply = await core.handle_text(text, chat)
                reply.as_text()
                elapsed = time.perf_counter() - one
                timings[kind].append(elapsed)
                own.append(elapsed - timed.spent)
            cpu = time.process_time() - cpu
    print(f"store: {counts['matches']} matches, {counts['ties']} ties (built in {built:.1f} s)")
    every = sorted(t for values in timings.values() for t in values)
    own.sort()
    for kind, values in [*timings.items(), ("all", every), ("core own", own)]:
        values.sort()
        print(
            f"{kind:8} n={len(values):5}  p50 {statistics.median(values) * 1000:.2f} ms"
            f"  p99 {percentile(values, 0.99) * 1000:.2f} ms"
        )
    print(f"CPU time per answer (all threads): {cpu / args.queries * 1000:.2f} ms")
    print(f"load average at the end: {os.getloadavg()[0]:.1f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--matches", type=int, default=100_000)
    parser.add_argument("--ties", type=int, default=300)
    parser.add_argument("--queries", type=int, default=2_000)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    asyncio.run(run(args))


if __name__ == "__main__":
    main()
