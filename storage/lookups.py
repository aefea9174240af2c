"""Small reads beside matches and ties: known teams, aliases, a team's summary, chat settings.

Synchronous on a plain sqlite3 connection (run on the read thread, see
storage.reading), except `set_chat_field`, which writes through the store's
aiosqlite write connection inside its transaction.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

import aiosqlite

from bot.teams.resolver import Alias
from storage.records import ChatSettings, TeamSummary


def report_id(conn: sqlite3.Connection, sha256: str) -> int | None:
    row = conn.execute("SELECT id FROM reports WHERE sha256 = ?", (sha256,)).fetchone()
    return None if row is None else int(row[0])


def known_teams(conn: sqlite3.Connection) -> set[str]:
    rows = conn.execute(
        "SELECT t.id FROM teams t WHERE"
        " EXISTS (SELECT 1 FROM matches WHERE home_id = t.id)"
        " OR EXISTS (SELECT 1 FROM matches WHERE away_id = t.id)"
        " OR EXISTS (SELECT 1 FROM ties WHERE team_a = t.id)"
        " OR EXISTS (SELECT 1 FROM ties WHERE team_b = t.id)"
    )
    return {row[0] for row in rows}


def learned_aliases(conn: sqlite3.Connection) -> list[Alias]:
    rows = conn.execute("SELECT team_id, alias, lang, learned_from FROM team_aliases ORDER BY id")
    return [Alias(row[0], row[1], row[2], row[3]) for row in rows]


_SIDE_TOTALS = """
    SELECT COUNT(*), SUM({us} > {them}), SUM({us} = {them}), SUM({us} < {them}),
           MIN(date), MAX(date)
    FROM matches WHERE {side} = ? {other} AND home_goals IS NOT NULL
"""
_HOME_TOTALS = _SIDE_TOTALS.format(us="home_goals", them="away_goals", side="home_id", other="")
_AWAY_TOTALS = _SIDE_TOTALS.format(
    us="away_goals", them="home_goals", side="away_id", other="AND home_id <> ?"
)
"""Home and away apart, so that each is one range of a covering index (no table rows read)."""


def team_summary(conn: sqlite3.Connection, team: str) -> TeamSummary | None:
    home = conn.execute(_HOME_TOTALS, (team,)).fetchone()
    away = conn.execute(_AWAY_TOTALS, (team, team)).fetchone()
    played = int(home[0]) + int(away[0])
    if not played:
        return None
    names = conn.execute(
        "SELECT name FROM competitions WHERE id IN ("
        " SELECT competition_id FROM matches WHERE home_id = ?"
        " UNION SELECT competition_id FROM matches WHERE away_id = ?) ORDER BY name",
        (team, team),
    )
    dates = [d for d in (home[4], home[5], away[4], away[5]) if d is not None]
    return TeamSummary(
        team=team,
        matches=played,
        wins=int(home[1] or 0) + int(away[1] or 0),
        draws=int(home[2] or 0) + int(away[2] or 0),
        losses=int(home[3] or 0) + int(away[3] or 0),
        competitions=tuple(row[0] for row in names),
        first_date=min(dates, default=None),
        last_date=max(dates, default=None),
    )


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    tables = ("reports", "matches", "goals", "dismissals", "ties", "conflicts", "claims")
    return {
        table: int(conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]) for table in tables
    }


def chat_settings(conn: sqlite3.Connection, platform: str, chat_id: str) -> ChatSettings:
    row = conn.execute(
        "SELECT lang, timezone FROM chat_settings WHERE platform = ? AND chat_id = ?",
        (platform, str(chat_id)),
    ).fetchone()
    if row is None:
        return ChatSettings(platform, str(chat_id))
    return ChatSettings(platform, str(chat_id), row[0], row[1])


_CHAT_FIELDS = {"lang", "timezone"}


async def set_chat_field(
    conn: aiosqlite.Connection, platform: str, chat_id: str, field: str, value: str | None
) -> None:
    if field not in _CHAT_FIELDS:
        raise ValueError(f"no chat setting {field!r}")
    now = datetime.now(UTC).isoformat(timespec="seconds")
    await conn.execute(
        f"INSERT INTO chat_settings (platform, chat_id, {field}, updated_at) VALUES (?, ?, ?, ?)"
        f" ON CONFLICT (platform, chat_id) DO UPDATE SET {field} = excluded.{field},"
        " updated_at = excluded.updated_at",
        (platform, str(chat_id), value, now),
    )
