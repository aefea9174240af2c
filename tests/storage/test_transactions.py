"""One report is one transaction: a failure or a kill part-way leaves the store as it was."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.facts import Match
from storage.sqlite import SqliteStore
from tests.support.facts import facts, lafc_miami_first_leg, miami_lafc_second_leg

ROOT = Path(__file__).resolve().parents[2]


async def test_a_failure_mid_report_rolls_the_whole_report_back(db_path):
    broken = Match("lafc", "lafc", (1, 1))
    report = facts("half", [miami_lafc_second_leg(), broken])
    async with await SqliteStore.open(db_path) as store:
        await store.ingest(facts("before", [lafc_miami_first_leg()]))
        before = await store.counts()
        with pytest.raises(ValueError):
            await store.ingest(report)
        assert await store.counts() == before
        assert not await store.has_report(report.report.sha256)
        result = await store.ingest(facts("after", [miami_lafc_second_leg()]))
        assert result.matches_added == 1


async def test_events_are_queued_in_the_same_transaction_as_the_facts(db_path):
    seen = []

    async def queue(conn, events):
        seen.extend(events)
        await conn.execute(
            "INSERT INTO chat_settings (platform, chat_id, lang, updated_at) VALUES (?, ?, ?, ?)",
            ("outbox", str(len(events)), "en", "now"),
        )

    async def queue_then_fail(conn, events):
        await queue(conn, events)
        raise RuntimeError("the outbox failed")

    async with await SqliteStore.open(db_path) as store:
        await store.ingest(facts("a", [lafc_miami_first_leg()]), on_events=queue)
        assert [e.kind for e in seen] == ["match"]
        assert (await store.chat_settings("outbox", "1")).lang == "en"
        before = await store.counts()
        with pytest.raises(RuntimeError):
            await store.ingest(facts("b", [miami_lafc_second_leg()]), on_events=queue_then_fail)
        assert await store.counts() == before
        assert (await store.chat_settings("outbox", "2")).lang is None


CHILD = """
import asyncio, sys, time
sys.path.insert(0, {root!r})
from storage.sqlite import SqliteStore
from tests.support.facts import facts, lafc_miami_first_leg, miami_lafc_second_leg

async def main():
    store = await SqliteStore.open({db!r})
    await store.ingest(facts("kept", [lafc_miami_first_leg()]))

    async def stall(conn, events):
        open({marker!r}, "w").write("in transaction")
        time.sleep(60)

    await store.ingest(facts("killed", [miami_lafc_second_leg()]), on_events=stall)

asyncio.run(main())
"""


async def test_a_kill_mid_ingest_leaves_the_earlier_facts_and_nothing_of_the_killed_one(
    db_path, tmp_path
):
    marker = tmp_path / "marker"
    script = CHILD.format(root=str(ROOT), db=str(db_path), marker=str(marker))
    child = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT)
    try:
        deadline = time.monotonic() + 30
        while not marker.exists():
            assert child.poll() is None, "the child ended before it was killed"
            assert time.monotonic() < deadline
            time.sleep(0.05)
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    async with await SqliteStore.open(db_path) as store:
        counts = await store.counts()
        assert (counts["reports"], counts["matches"], counts["goals"]) == (1, 1, 0)
        [kept] = await store.matches("lafc")
        assert kept.match.score == (1, 0)
        again = await store.ingest(facts("killed", [miami_lafc_second_leg()]))
        assert again.matches_added == 1 and again.ties_added == 1


async def test_readers_see_a_report_only_once_it_is_committed(db_path):
    seen_inside = []

    async def look(conn, events):
        seen_inside.append(await store.matches("inter-miami"))

    async with await SqliteStore.open(db_path) as store:
        await store.ingest(facts("a", [miami_lafc_second_leg()]), on_events=look)
        assert seen_inside == [[]]
        assert len(await store.matches("inter-miami")) == 1
