"""The read path: stored matches and ties with their sources and conflicts, newest first."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import aiosqlite

from bot.teams.resolver import Alias
from storage.records import (
    ChatSettings,
    Conflict,
    Source,
    StoredMatch,
    StoredTie,
    TeamSummary,
)
from storage.rows import (
    MATCH_COLUMNS,
    MATCH_FROM,
    TIE_COLUMNS,
    TIE_FROM,
    dismissal_from_row,
    goal_from_row,
    match_from_row,
    tie_from_row,
)

NEWEST_MATCH = "m.date IS NULL, m.date DESC, m.season DESC, m.leg DESC, m.id DESC"
"""Dated matches newest first; undated ones after them, by season (the protocol's order)."""


async def _all(conn: aiosqlite.Connection, sql: str, params: tuple[Any, ...] = ()) -> list[Any]:
    return list(await conn.execute_fetchall(sql, params))


async def _one(conn: aiosqlite.Connection, sql: str, params: tuple[Any, ...] = ()) -> Any:
    rows = await conn.execute_fetchall(sql, params)
    return rows[0] if rows else None


async def has_report(conn: aiosqlite.Connection, sha256: str) -> bool:
    return await report_id(conn, sha256) is not None


async def report_id(conn: aiosqlite.Connection, sha256: str) -> int | None:
    row = await _one(conn, "SELECT id FROM reports WHERE sha256 = ?", (sha256,))
    return None if row is None else int(row[0])


async def known_teams(conn: aiosqlite.Connection) -> set[str]:
    rows = await _all(
        conn,
        "SELECT t.id FROM teams t WHERE"
        " EXISTS (SELECT 1 FROM matches WHERE home_id = t.id)"
        " OR EXISTS (SELECT 1 FROM matches WHERE away_id = t.id)"
        " OR EXISTS (SELECT 1 FROM ties WHERE team_a = t.id)"
        " OR EXISTS (SELECT 1 FROM ties WHERE team_b = t.id)",
    )
    return {row[0] for row in rows}


async def learned_aliases(conn: aiosqlite.Connection) -> list[Alias]:
    rows = await _all(
        conn, "SELECT team_id, alias, lang, learned_from FROM team_aliases ORDER BY id"
    )
    return [Alias(row[0], row[1], row[2], row[3]) for row in rows]


async def _sources(
    conn: aiosqlite.Connection, kind: str, ids: list[int]
) -> dict[int, tuple[Source, ...]]:
    marks = ",".join("?" for _ in ids)
    rows = await _all(
        conn,
        "SELECT DISTINCT k.fact_id, r.id, r.source, r.published, r.lang, r.title FROM claims k"
        f" JOIN reports r ON r.id = k.report_id WHERE k.kind = ? AND k.fact_id IN ({marks})"
        " ORDER BY r.id",
        (kind, *ids),
    )
    out: dict[int, list[Source]] = {}
    for row in rows:
        out.setdefault(row[0], []).append(Source(row[1], row[2], row[3], row[4], row[5]))
    return {fact_id: tuple(found) for fact_id, found in out.items()}


async def _conflicts(
    conn: aiosqlite.Connection, kind: str, ids: list[int]
) -> dict[int, tuple[Conflict, ...]]:
    marks = ",".join("?" for _ in ids)
    rows = await _all(
        conn,
        "SELECT x.fact_id, x.field, x.stored, x.reported,"
        " r.id, r.source, r.published, r.lang, r.title"
        " FROM conflicts x JOIN reports r ON r.id = x.report_id"
        f" WHERE x.kind = ? AND x.fact_id IN ({marks}) ORDER BY x.id",
        (kind, *ids),
    )
    out: dict[int, list[Conflict]] = {}
    for row in rows:
        source = Source(row[4], row[5], row[6], row[7], row[8])
        out.setdefault(row[0], []).append(Conflict(row[1], row[2], row[3], source))
    return {fact_id: tuple(found) for fact_id, found in out.items()}


async def stored_matches(conn: aiosqlite.Connection, rows: list[Any]) -> list[StoredMatch]:
    """Matches with their goals, cards, sources and conflicts, in a few batched queries."""
    if not rows:
        return []
    ids = [int(row["id"]) for row in rows]
    marks = ",".join("?" for _ in ids)
    goals = await _all(
        conn,
        f"SELECT * FROM goals WHERE match_id IN ({marks})"
        " ORDER BY minute IS NULL, minute, added IS NOT NULL, added, id",
        tuple(ids),
    )
    cards = await _all(
        conn,
        f"SELECT * FROM dismissals WHERE match_id IN ({marks}) ORDER BY minute IS NULL, minute, id",
        tuple(ids),
    )
    sources = await _sources(conn, "match", ids)
    conflicts = await _conflicts(conn, "match", ids)
    out = []
    for row, match_id in zip(rows, ids, strict=True):
        match = match_from_row(row)
        mine = [goal_from_row(g) for g in goals if g["match_id"] == match_id]
        if mine:
            match.goals = mine
        sent_off = [dismissal_from_row(d) for d in cards if d["match_id"] == match_id]
        if sent_off:
            match.dismissals = sent_off
        out.append(
            StoredMatch(
                id=match_id,
                match=match,
                sources=sources.get(match_id, ()),
                conflicts=conflicts.get(match_id, ()),
                revision=int(row["revision"]),
            )
        )
    return out


async def match(conn: aiosqlite.Connection, match_id: int) -> StoredMatch | None:
    row = await _one(conn, f"SELECT {MATCH_COLUMNS} FROM {MATCH_FROM} WHERE m.id = ?", (match_id,))
    return None if row is None else (await stored_matches(conn, [row]))[0]


async def matches(
    conn: aiosqlite.Connection, team: str, opponent: str | None = None, limit: int = 10
) -> list[StoredMatch]:
    if opponent is None:
        where, params = "(m.home_id = ? OR m.away_id = ?)", (team, team)
    else:
        where = "((m.home_id = ? AND m.away_id = ?) OR (m.home_id = ? AND m.away_id = ?))"
        params = (team, opponent, opponent, team)
    rows = await _all(
        conn,
        f"SELECT {MATCH_COLUMNS} FROM {MATCH_FROM} WHERE {where} ORDER BY {NEWEST_MATCH} LIMIT ?",
        (*params, limit),
    )
    return await stored_matches(conn, rows)


async def stored_tie(conn: aiosqlite.Connection, row: Any) -> StoredTie:
    tie_id = int(row["id"])
    leg_ids = [row["first_leg_id"], row["second_leg_id"]]
    wanted = [leg for leg in leg_ids if leg]
    legs: dict[int, StoredMatch] = {}
    if wanted:
        marks = ",".join("?" for _ in wanted)
        leg_rows = await _all(
            conn, f"SELECT {MATCH_COLUMNS} FROM {MATCH_FROM} WHERE m.id IN ({marks})", tuple(wanted)
        )
        legs = {stored.id: stored for stored in await stored_matches(conn, leg_rows)}
    first, second = (legs.get(leg) if leg else None for leg in leg_ids)
    tie_sources = list((await _sources(conn, "tie", [tie_id])).get(tie_id, ()))
    for leg in (first, second):
        for source in leg.sources if leg else ():
            if source not in tie_sources:
                tie_sources.append(source)
    return StoredTie(
        id=tie_id,
        tie=tie_from_row(row),
        first_leg=first,
        second_leg=second,
        sources=tuple(sorted(tie_sources, key=lambda s: s.report_id)),
        conflicts=(await _conflicts(conn, "tie", [tie_id])).get(tie_id, ()),
        revision=int(row["revision"]),
    )


_TIE_NEWEST = """
    ORDER BY COALESCE(
        (SELECT date FROM matches WHERE id = t.second_leg_id),
        (SELECT date FROM matches WHERE id = t.first_leg_id)
    ) IS NULL AND t.season IS NULL,
    t.season DESC,
    COALESCE(
        (SELECT date FROM matches WHERE id = t.second_leg_id),
        (SELECT date FROM matches WHERE id = t.first_leg_id)
    ) DESC,
    t.id DESC
"""


async def tie(conn: aiosqlite.Connection, tie_id: int) -> StoredTie | None:
    row = await _one(conn, f"SELECT {TIE_COLUMNS} FROM {TIE_FROM} WHERE t.id = ?", (tie_id,))
    return None if row is None else await stored_tie(conn, row)


async def ties_between(conn: aiosqlite.Connection, team_a: str, team_b: str) -> list[StoredTie]:
    a, b = sorted((team_a, team_b))
    rows = await _all(
        conn,
        f"SELECT {TIE_COLUMNS} FROM {TIE_FROM} WHERE t.team_a = ? AND t.team_b = ? {_TIE_NEWEST}",
        (a, b),
    )
    return [await stored_tie(conn, row) for row in rows]


async def ties_of(conn: aiosqlite.Connection, team: str, limit: int = 10) -> list[StoredTie]:
    rows = await _all(
        conn,
        f"SELECT {TIE_COLUMNS} FROM {TIE_FROM} WHERE t.team_a = ? OR t.team_b = ?"
        f" {_TIE_NEWEST} LIMIT ?",
        (team, team, limit),
    )
    return [await stored_tie(conn, row) for row in rows]


async def team_summary(conn: aiosqlite.Connection, team: str) -> TeamSummary | None:
    row = await _one(
        conn,
        """
        SELECT COUNT(*),
               SUM(CASE WHEN (home_id = ? AND home_goals > away_goals)
                          OR (away_id = ? AND away_goals > home_goals) THEN 1 ELSE 0 END),
               SUM(CASE WHEN home_goals = away_goals THEN 1 ELSE 0 END),
               SUM(CASE WHEN (home_id = ? AND home_goals < away_goals)
                          OR (away_id = ? AND away_goals < home_goals) THEN 1 ELSE 0 END),
               MIN(date), MAX(date)
        FROM matches
        WHERE (home_id = ? OR away_id = ?) AND home_goals IS NOT NULL
        """,
        (team, team, team, team, team, team),
    )
    if row is None or not row[0]:
        return None
    names = await _all(
        conn,
        "SELECT DISTINCT c.name FROM matches m JOIN competitions c ON c.id = m.competition_id"
        " WHERE m.home_id = ? OR m.away_id = ? ORDER BY c.name",
        (team, team),
    )
    return TeamSummary(
        team=team,
        matches=int(row[0]),
        wins=int(row[1] or 0),
        draws=int(row[2] or 0),
        losses=int(row[3] or 0),
        competitions=tuple(n[0] for n in names),
        first_date=row[4],
        last_date=row[5],
    )


async def counts(conn: aiosqlite.Connection) -> dict[str, int]:
    out = {}
    for table in ("reports", "matches", "goals", "dismissals", "ties", "conflicts", "claims"):
        row = await _one(conn, f"SELECT COUNT(*) FROM {table}")
        out[table] = int(row[0])
    return out


async def chat_settings(conn: aiosqlite.Connection, platform: str, chat_id: str) -> ChatSettings:
    row = await _one(
        conn,
        "SELECT lang, timezone FROM chat_settings WHERE platform = ? AND chat_id = ?",
        (platform, str(chat_id)),
    )
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
