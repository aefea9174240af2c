"""Ingest speed into a store that already holds 100,000 matches (one report per transaction).

Run: .venv/bin/python benchmarks/bench_ingest.py [--matches N] [--reports N]
The large store is generated synthetically with executemany in one
transaction; the timed part is SqliteStore.ingest of hand-built reports, half
of them about matches already stored (so the merge path is measured too).
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.facts import Goal, Match, Report, ReportFacts  # noqa: E402
from bot.teams.resolver import TeamResolver  # noqa: E402
from storage.sqlite import SqliteStore  # noqa: E402

COMPETITIONS = ("UEFA Champions League", "UEFA Europa League", "Bundesliga", "DFB-Pokal")


def season_of(day: date) -> str:
    start = day.year if day.month >= 7 else day.year - 1
    return f"{start}-{(start + 1) % 100:02d}"


def fill(path: Path, count: int, teams: list[str], rng: random.Random) -> list[tuple]:
    """Write `count` matches with two goals each straight into the file; return them."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("BEGIN")
    conn.executemany("INSERT OR IGNORE INTO teams (id) VALUES (?)", [(t,) for t in teams])
    conn.executemany(
        "INSERT INTO competitions (id, name) VALUES (?, ?)", list(enumerate(COMPETITIONS, 1))
    )
    conn.execute(
        "INSERT INTO reports (id, sha256, text, source, lang, ingested_at)"
        " VALUES (1, 'synthetic', '', 'synthetic', 'en', '2025-01-01')"
    )
    rows, goals, claims = [], [], []
    start = date(2000, 8, 1)
    for match_id in range(1, count + 1):
        home, away = rng.sample(teams, 2)
        day = start + timedelta(days=rng.randrange(9000))
        rows.append(
            (
                match_id,
                rng.randrange(1, 5),
                season_of(day),
                day.isoformat(),
                home,
                away,
                rng.randrange(4),
                rng.randrange(4),
            )
        )
        goals.append((match_id, home, "Synthetic Scorer", rng.randrange(1, 90)))
        claims.append((1, "match", match_id, match_id, "{}"))
    conn.executemany(
        "INSERT INTO matches (id, competition_id, season, date, date_precision, home_id,"
        " away_id, home_goals, away_goals) VALUES (?, ?, ?, ?, 'day', ?, ?, ?, ?)",
        rows,
    )
    conn.executemany(
        "INSERT INTO goals (match_id, team_id, player, minute) VALUES (?, ?, ?, ?)", goals
    )
    conn.executemany(
        "INSERT INTO claims (report_id, kind, fact_id, match_id, stated) VALUES (?, ?, ?, ?, ?)",
        claims,
    )
    conn.execute("COMMIT")
    conn.close()
    return rows


def reports(count: int, stored: list[tuple], teams: list[str], rng: random.Random):
    """Reports of three matches each: one already stored, one new, one new second leg."""
    out = []
    for n in range(count):
        _, comp, season, day, home, away, hg, ag = rng.choice(stored)
        known = Match(home, away, (hg, ag), COMPETITIONS[comp - 1], season, date=day)
        a, b = rng.sample(teams, 2)
        new_day = date(2026, 1, 1) + timedelta(days=n % 300)
        first = Match(
            a,
            b,
            (1, 0),
            "UEFA Champions League",
            "2025-26",
            "round-of-16",
            1,
            new_day.isoformat(),
            goals=[Goal(a, "Some Player", 12)],
        )
        second = Match(
            b,
            a,
            (2, 0),
            "UEFA Champions League",
            "2025-26",
            "round-of-16",
            2,
            (new_day + timedelta(days=7)).isoformat(),
            extra_time=False,
            goals=[Goal(b, "Other Player", 30), Goal(b, "Third Player", 75)],
        )
        text = f"synthetic report {n}"
        sha = hashlib.sha256(text.encode()).hexdigest()
        out.append(
            ReportFacts(
                Report(text, sha, f"bench/{n}.txt", "en", "2026-01"), [known, first, second]
            )
        )
    return out


async def time_queries(store: SqliteStore, teams: list[str]) -> dict[str, float]:
    """Mean time of the queries the commands make, on the large store."""
    out = {}
    began = time.perf_counter()
    await store.known_teams()
    out["known_teams"] = time.perf_counter() - began
    for name, call in (
        ("matches(team, limit=10)", lambda team: store.matches(team, limit=10)),
        ("ties_of(team)", lambda team: store.ties_of(team)),
        ("team_summary(team)", lambda team: store.team_summary(team)),
    ):
        began = time.perf_counter()
        for team in teams:
            await call(team)
        out[name] = (time.perf_counter() - began) / len(teams)
    return out


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--matches", type=int, default=100_000)
    parser.add_argument("--reports", type=int, default=300)
    args = parser.parse_args()
    rng = random.Random(7)
    teams = sorted(TeamResolver.default().teams)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.sqlite3"
        store = await SqliteStore.open(path)
        await store.close()
        began = time.perf_counter()
        stored = fill(path, args.matches, teams, rng)
        filled = time.perf_counter() - began
        batch = reports(args.reports, stored, teams, rng)
        async with await SqliteStore.open(path) as store:
            times = []
            cpu = time.process_time()
            began = time.perf_counter()
            for facts in batch:
                one = time.perf_counter()
                await store.ingest(facts)
                times.append(time.perf_counter() - one)
            total = time.perf_counter() - began
            cpu = time.process_time() - cpu
            counts = await store.counts()
            queries = await time_queries(store, teams[:50])
    times.sort()
    print(f"store: {args.matches} synthetic matches written in {filled:.1f} s")
    print(
        f"ingest: {args.reports} reports (3 matches, 3 goals each) in {total:.2f} s"
        f" = {args.reports / total:.0f} reports/s wall clock,"
        f" {args.reports / cpu:.0f} per CPU second (both threads)"
    )
    print(
        f"per report: median {statistics.median(times) * 1000:.1f} ms,"
        f" p95 {times[int(len(times) * 0.95)] * 1000:.1f} ms"
    )
    print(f"after: {counts['matches']} matches, {counts['ties']} ties")
    for name, seconds in queries.items():
        print(f"query {name}: {seconds * 1000:.1f} ms")


if __name__ == "__main__":
    asyncio.run(main())
