"""The read path: one trip per query, fresh facts after every commit, never blocked by a writer."""

from __future__ import annotations

import asyncio
import sqlite3

import pytest

from bot.facts import Match
from storage.reading import ReadConnection
from storage.sqlite import SqliteStore
from tests.support.facts import facts, lafc_miami_first_leg, miami_lafc_second_leg


def league(home: str, away: str, score: tuple[int, int], date: str | None, **kw) -> Match:
    return Match(home, away, score, "Bundesliga", kw.pop("season", "2024-25"), date=date, **kw)


async def test_a_summary_read_after_an_ingest_counts_the_new_match(db_path):
    async with await SqliteStore.open(db_path) as store:
        assert await store.team_summary("inter-miami") is None
        await store.ingest(facts("first leg", [lafc_miami_first_leg(date="2025-04-01")]))
        first = await store.team_summary("inter-miami")
        assert (first.matches, first.wins, first.losses) == (1, 0, 1)
        await store.ingest(facts("second leg", [miami_lafc_second_leg()]))
        both = await store.team_summary("inter-miami")
        assert (both.matches, both.wins, both.draws, both.losses) == (2, 1, 0, 1)
        assert (both.first_date, both.last_date) == ("2025-04-01", "2025-04-09")
        assert both.competitions == ("CONCACAF Champions Cup",)


async def test_a_commit_by_another_connection_is_seen_at_once(db_path):
    """Another process (e.g. `sportsbot ingest`) writing the file must not leave stale answers."""
    async with await SqliteStore.open(db_path) as store:
        await store.ingest(facts("first leg", [lafc_miami_first_leg(date="2025-04-01")]))
        assert (await store.team_summary("lafc")).wins == 1
        async with await SqliteStore.open(db_path) as other:
            await other.ingest(facts("second leg", [miami_lafc_second_leg()]))
        summary = await store.team_summary("lafc")
        assert (summary.matches, summary.wins, summary.losses) == (2, 1, 1)
        [latest] = await store.matches("lafc", limit=1)
        assert latest.match.score == (3, 1) and len(latest.match.goals) == 4


async def test_a_read_during_a_write_in_another_task_neither_waits_nor_sees_it(db_path):
    async with await SqliteStore.open(db_path) as store:
        await store.ingest(facts("first leg", [lafc_miami_first_leg(date="2025-04-01")]))
        writing, release = asyncio.Event(), asyncio.Event()

        async def write() -> None:
            async with store.transaction() as conn:
                await conn.execute("UPDATE matches SET home_goals = 5 WHERE home_id = 'lafc'")
                writing.set()
                await release.wait()

        writer = asyncio.create_task(write())
        await writing.wait()
        during = await asyncio.wait_for(store.matches("lafc"), timeout=5)
        summary = await asyncio.wait_for(store.team_summary("lafc"), timeout=5)
        release.set()
        await writer
        assert [m.match.score for m in during] == [(1, 0)]
        assert summary.wins == 1
        [after] = await store.matches("lafc")
        assert after.match.score == (5, 0)


async def test_a_team_lists_home_and_away_matches_newest_first_undated_last(db_path):
    stated = [
        league("bayern", "dortmund", (1, 0), "2024-09-01"),
        league("dortmund", "bayern", (2, 2), "2025-03-01"),
        league("bayern", "freiburg", (3, 0), None, season="2023-24"),
        league("augsburg", "bayern", (0, 4), "2024-12-01"),
        league("bayern", "mainz", (2, 1), "2025-01-15"),
    ]
    async with await SqliteStore.open(db_path) as store:
        for n, match in enumerate(stated):
            await store.ingest(facts(f"report {n}", [match]))
        dates = [m.match.date for m in await store.matches("bayern", limit=10)]
        assert dates == ["2025-03-01", "2025-01-15", "2024-12-01", "2024-09-01", None]
        top = await store.matches("bayern", limit=2)
        assert [m.match.home for m in top] == ["dortmund", "bayern"]
        summary = await store.team_summary("bayern")
        assert (summary.matches, summary.wins, summary.draws, summary.losses) == (5, 4, 1, 0)


async def test_a_failing_query_leaves_the_connection_usable(db_path):
    async with await SqliteStore.open(db_path) as store:
        await store.close()
    reads = await ReadConnection.open(db_path)
    try:
        with pytest.raises(sqlite3.OperationalError):
            await reads.run(lambda conn: conn.execute("SELECT * FROM no_such_table"))
        with pytest.raises(sqlite3.OperationalError):
            await reads.run(lambda conn: conn.execute("DELETE FROM matches"))
        count = await reads.run(
            lambda conn: conn.execute("SELECT COUNT(*) FROM matches").fetchone()
        )
        assert count[0] == 0
    finally:
        await reads.close()
    with pytest.raises(sqlite3.ProgrammingError):
        await reads.run(lambda conn: None)
