"""Versioned migrations: every numbered .sql file in storage/migrations, applied once, in order.

Other parts of the project add their own tables as further numbered files;
each file runs in its own transaction together with its schema_version row,
so a failure leaves the schema at the previous version.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import aiosqlite

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
_NAME = re.compile(r"^(\d+)_[\w-]+\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    path: Path


def migrations(directory: Path = MIGRATIONS_DIR) -> list[Migration]:
    found = []
    for path in directory.iterdir():
        matched = _NAME.match(path.name)
        if matched:
            found.append(Migration(int(matched.group(1)), path.stem, path))
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if len(versions) != len(set(versions)):
        raise RuntimeError(f"two migrations share a number in {directory}")
    return found


async def current_version(conn: aiosqlite.Connection) -> int:
    await conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_version ("
        " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    async with conn.execute("SELECT MAX(version) FROM schema_version") as cursor:
        row = await cursor.fetchone()
    return int(row[0]) if row and row[0] is not None else 0


async def migrate(conn: aiosqlite.Connection, directory: Path = MIGRATIONS_DIR) -> list[int]:
    """Apply every migration newer than the store's version; return the versions applied."""
    applied = []
    version = await current_version(conn)
    for migration in migrations(directory):
        if migration.version <= version:
            continue
        sql = migration.path.read_text(encoding="utf-8")
        stamp = datetime.now(UTC).isoformat(timespec="seconds")
        record = (
            "INSERT INTO schema_version (version, name, applied_at) VALUES "
            f"({int(migration.version)}, '{_quote(migration.name)}', '{stamp}');"
        )
        try:
            await conn.executescript(f"BEGIN IMMEDIATE;\n{sql}\n;\n{record}\nCOMMIT;")
        except BaseException:
            if conn.in_transaction:
                await conn.rollback()
            raise
        applied.append(migration.version)
    return applied


def _quote(text: str) -> str:
    return text.replace("'", "''")
