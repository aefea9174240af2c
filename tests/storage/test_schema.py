"""The schema on a fresh file: migrations applied once, in order, each in its own transaction."""

from __future__ import annotations

import sqlite3

import pytest

from storage import schema
from storage.sqlite import SqliteStore, connect


def _tables(path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


async def test_fresh_file_gets_every_table_wal_and_foreign_keys(db_path):
    async with await SqliteStore.open(db_path) as store:
        rows = await store.execute_read("PRAGMA journal_mode")
        assert rows[0][0] == "wal"
        rows = await store.execute_read("PRAGMA foreign_keys")
        assert rows[0][0] == 1
        versions = await store.execute_read("SELECT version FROM schema_version ORDER BY version")
        assert [row[0] for row in versions][:2] == [1, 2]
    tables = _tables(db_path)
    for name in (
        "reports",
        "competitions",
        "teams",
        "team_aliases",
        "matches",
        "goals",
        "dismissals",
        "ties",
        "claims",
        "conflicts",
        "chat_settings",
    ):
        assert name in tables


async def test_reopening_applies_nothing_twice(db_path):
    store = await SqliteStore.open(db_path)
    await store.close()
    conn = await connect(db_path)
    try:
        assert await schema.migrate(conn) == []
    finally:
        await conn.close()


async def test_a_new_numbered_file_is_picked_up_in_order(db_path, tmp_path):
    folder = tmp_path / "migrations"
    folder.mkdir()
    (folder / "0002_more.sql").write_text("CREATE TABLE second (id INTEGER PRIMARY KEY);")
    (folder / "0001_first.sql").write_text("CREATE TABLE first (id INTEGER PRIMARY KEY);")
    (folder / "notes.txt").write_text("not a migration")
    conn = await connect(db_path)
    try:
        assert await schema.migrate(conn, folder) == [1, 2]
        (folder / "0010_later.sql").write_text("CREATE TABLE later (x TEXT);")
        assert await schema.migrate(conn, folder) == [10]
        assert await schema.current_version(conn) == 10
    finally:
        await conn.close()
    assert {"first", "second", "later"} <= _tables(db_path)


async def test_a_failing_migration_leaves_the_schema_at_the_previous_version(db_path, tmp_path):
    folder = tmp_path / "migrations"
    folder.mkdir()
    (folder / "0001_ok.sql").write_text("CREATE TABLE ok (id INTEGER PRIMARY KEY);")
    (folder / "0002_bad.sql").write_text(
        "CREATE TABLE half (id INTEGER PRIMARY KEY);\nCREATE TABLE broken (;"
    )
    conn = await connect(db_path)
    try:
        with pytest.raises(sqlite3.Error):
            await schema.migrate(conn, folder)
        assert await schema.current_version(conn) == 1
    finally:
        await conn.close()
    tables = _tables(db_path)
    assert "ok" in tables and "half" not in tables


async def test_chat_settings_are_kept_across_a_reopen(db_path):
    async with await SqliteStore.open(db_path) as store:
        assert (await store.chat_settings("telegram", "42")).lang is None
        await store.set_chat_language("telegram", "42", "de")
        await store.set_chat_timezone("telegram", "42", "Europe/Berlin")
    async with await SqliteStore.open(db_path) as store:
        settings = await store.chat_settings("telegram", "42")
        assert (settings.lang, settings.timezone) == ("de", "Europe/Berlin")
        assert (await store.chat_settings("discord", "42")).lang is None
