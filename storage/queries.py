"""The read path: stored matches and ties with their sources and conflicts, newest first.

Each function takes a plain sqlite3 connection and runs synchronously, so a
whole answer (rows, goals, cards, sources, conflicts) is read in one call on
the read thread (storage.reading). Child rows come for all matches or ties of
an answer at once, with one `IN (...)` query per table.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from storage.lookups import (
    chat_settings,
    counts,
    known_teams,
    learned_aliases,
    report_id,
    set_chat_field,
    team_summary,
)
from storage.records import Conflict, Source, StoredMatch, StoredTie
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

__all__ = [
    "chat_settings",
    "counts",
    "known_teams",
    "learned_aliases",
    "match",
    "matches",
    "report_id",
    "set_chat_field",
    "team_summary",
    "tie",
    "ties_between",
    "ties_of",
]

NEWEST_MATCH = "m.date IS NULL, m.date DESC, m.season DESC, m.leg DESC, m.id DESC"
"""Dated matches newest first; undated ones after them, by season (the protocol's order)."""

_NEWEST_BY_INDEX = "date DESC, season DESC, leg DESC, id DESC"
"""The same order (SQLite sorts NULL lowest, so undated come last), as the indexes
matches_home_newest and matches_away_newest hold it: read without sorting."""

_TEAM_MATCH_IDS = f"""
    SELECT id FROM (
        SELECT * FROM (SELECT id, date, season, leg FROM matches
                       WHERE home_id = ? ORDER BY {_NEWEST_BY_INDEX} LIMIT ?)
        UNION ALL
        SELECT * FROM (SELECT id, date, season, leg FROM matches
                       WHERE away_id = ? AND home_id <> ? ORDER BY {_NEWEST_BY_INDEX} LIMIT ?)
    ) ORDER BY {_NEWEST_BY_INDEX} LIMIT ?
"""

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


def _marks(ids: list[int]) -> str:
    return ",".join("?" * len(ids))


def _sources(conn: sqlite3.Connection, kind: str, ids: list[int]) -> dict[int, list[Source]]:
    rows = conn.execute(
        "SELECT DISTINCT k.fact_id, r.id, r.source, r.published, r.lang, r.title FROM claims k"
        f" JOIN reports r ON r.id = k.report_id WHERE k.kind = ? AND k.fact_id IN ({_marks(ids)})"
        " ORDER BY r.id",
        (kind, *ids),
    )
    out: dict[int, list[Source]] = {}
    for row in rows:
        out.setdefault(row[0], []).append(Source(row[1], row[2], row[3], row[4], row[5]))
    return out


def _conflicts(conn: sqlite3.Connection, kind: str, ids: list[int]) -> dict[int, list[Conflict]]:
    rows = conn.execute(
        "SELECT x.fact_id, x.field, x.stored, x.reported,"
        " r.id, r.source, r.published, r.lang, r.title"
        " FROM conflicts x JOIN reports r ON r.id = x.report_id"
        f" WHERE x.kind = ? AND x.fact_id IN ({_marks(ids)}) ORDER BY x.id",
        (kind, *ids),
    )
    out: dict[int, list[Conflict]] = {}
    for row in rows:
        source = Source(row[4], row[5], row[6], row[7], row[8])
        out.setdefault(row[0], []).append(Conflict(row[1], row[2], row[3], source))
    return out


def _children(conn: sqlite3.Connection, table: str, ids: list[int], order: str) -> dict[int, list]:
    rows = conn.execute(
        f"SELECT * FROM {table} WHERE match_id IN ({_marks(ids)}) ORDER BY {order}", ids
    )
    out: dict[int, list] = {}
    for row in rows:
        out.setdefault(row["match_id"], []).append(row)
    return out


def stored_matches(conn: sqlite3.Connection, rows: list[Any]) -> list[StoredMatch]:
    """Matches with their goals, cards, sources and conflicts: four queries for any number."""
    if not rows:
        return []
    ids = [int(row["id"]) for row in rows]
    goals = _children(conn, "goals", ids, "minute IS NULL, minute, added IS NOT NULL, added, id")
    cards = _children(conn, "dismissals", ids, "minute IS NULL, minute, id")
    sources = _sources(conn, "match", ids)
    conflicts = _conflicts(conn, "match", ids)
    out = []
    for row, match_id in zip(rows, ids, strict=True):
        match = match_from_row(row)
        if match_id in goals:
            match.goals = [goal_from_row(g) for g in goals[match_id]]
        if match_id in cards:
            match.dismissals = [dismissal_from_row(d) for d in cards[match_id]]
        out.append(
            StoredMatch(
                id=match_id,
                match=match,
                sources=tuple(sources.get(match_id, ())),
                conflicts=tuple(conflicts.get(match_id, ())),
                revision=int(row["revision"]),
            )
        )
    return out


def _matches_by_id(conn: sqlite3.Connection, ids: list[int]) -> list[Any]:
    if not ids:
        return []
    rows = conn.execute(
        f"SELECT {MATCH_COLUMNS} FROM {MATCH_FROM} WHERE m.id IN ({_marks(ids)})"
        f" ORDER BY {NEWEST_MATCH}",
        ids,
    )
    return rows.fetchall()


def match(conn: sqlite3.Connection, match_id: int) -> StoredMatch | None:
    found = stored_matches(conn, _matches_by_id(conn, [match_id]))
    return found[0] if found else None


def matches(
    conn: sqlite3.Connection, team: str, opponent: str | None = None, limit: int = 10
) -> list[StoredMatch]:
    if opponent is None:
        ids = [
            row[0] for row in conn.execute(_TEAM_MATCH_IDS, (team, limit, team, team, limit, limit))
        ]
        return stored_matches(conn, _matches_by_id(conn, ids))
    rows = conn.execute(
        f"SELECT {MATCH_COLUMNS} FROM {MATCH_FROM}"
        " WHERE (m.home_id = ? AND m.away_id = ?) OR (m.home_id = ? AND m.away_id = ?)"
        f" ORDER BY {NEWEST_MATCH} LIMIT ?",
        (team, opponent, opponent, team, limit),
    ).fetchall()
    return stored_matches(conn, rows)


def stored_ties(conn: sqlite3.Connection, rows: list[Any]) -> list[StoredTie]:
    """Ties with both legs, sources and conflicts, read for all of them at once."""
    if not rows:
        return []
    tie_ids = [int(row["id"]) for row in rows]
    leg_ids = sorted({leg for row in rows for leg in row_legs(row) if leg})
    legs = {stored.id: stored for stored in stored_matches(conn, _matches_by_id(conn, leg_ids))}
    sources = _sources(conn, "tie", tie_ids)
    conflicts = _conflicts(conn, "tie", tie_ids)
    out = []
    for row, tie_id in zip(rows, tie_ids, strict=True):
        first, second = (legs.get(leg) if leg else None for leg in row_legs(row))
        tie_sources = list(sources.get(tie_id, ()))
        for leg in (first, second):
            for source in leg.sources if leg else ():
                if source not in tie_sources:
                    tie_sources.append(source)
        out.append(
            StoredTie(
                id=tie_id,
                tie=tie_from_row(row),
                first_leg=first,
                second_leg=second,
                sources=tuple(sorted(tie_sources, key=lambda s: s.report_id)),
                conflicts=tuple(conflicts.get(tie_id, ())),
                revision=int(row["revision"]),
            )
        )
    return out


def row_legs(row: Any) -> tuple[Any, Any]:
    return row["first_leg_id"], row["second_leg_id"]


def tie(conn: sqlite3.Connection, tie_id: int) -> StoredTie | None:
    rows = conn.execute(
        f"SELECT {TIE_COLUMNS} FROM {TIE_FROM} WHERE t.id = ?", (tie_id,)
    ).fetchall()
    found = stored_ties(conn, rows)
    return found[0] if found else None


def ties_between(conn: sqlite3.Connection, team_a: str, team_b: str) -> list[StoredTie]:
    a, b = sorted((team_a, team_b))
    rows = conn.execute(
        f"SELECT {TIE_COLUMNS} FROM {TIE_FROM} WHERE t.team_a = ? AND t.team_b = ? {_TIE_NEWEST}",
        (a, b),
    ).fetchall()
    return stored_ties(conn, rows)


def ties_of(conn: sqlite3.Connection, team: str, limit: int = 10) -> list[StoredTie]:
    rows = conn.execute(
        f"SELECT {TIE_COLUMNS} FROM {TIE_FROM} WHERE t.team_a = ? OR t.team_b = ?"
        f" {_TIE_NEWEST} LIMIT ?",
        (team, team, limit),
    ).fetchall()
    return stored_ties(conn, rows)
