"""The write path: one report's facts merged into the store inside the caller's transaction.

A match already held is never overwritten: a disagreement becomes a Conflict
row (and a correction event), while details the store lacks are filled in.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import aiosqlite

from bot.facts import Match, ReportFacts
from storage.details import merge_dismissals, merge_goals
from storage.matching import date_relation, more_precise, same_match
from storage.protocol import EventHook
from storage.records import FactEvent, IngestResult, Source
from storage.rows import MATCH_COLUMNS, MATCH_FROM, match_from_row, stated_match
from storage.session import Session
from storage.tiemerge import merge_tie, pair_legs


async def ingest_report(
    conn: aiosqlite.Connection, facts: ReportFacts, on_events: EventHook | None
) -> IngestResult:
    """Merge one report; the caller holds the transaction and commits or rolls back."""
    report = facts.report
    found = await conn.execute_fetchall("SELECT id FROM reports WHERE sha256 = ?", (report.sha256,))
    existing = found[0] if found else None
    if existing is not None:
        return IngestResult(report_id=int(existing[0]), duplicate=True)
    now = datetime.now(UTC).isoformat(timespec="seconds")
    inserted = await conn.execute_insert(
        "INSERT INTO reports (sha256, text, source, lang, published, published_precision,"
        " title, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            report.sha256,
            report.text,
            report.source,
            report.lang,
            report.published,
            report.published_precision,
            report.title,
            now,
        ),
    )
    report_id = int(inserted[0])
    source = Source(report_id, report.source, report.published, report.lang, report.title)
    session = Session(conn, report_id, source, IngestResult(report_id=report_id))
    for alias in facts.aliases:
        await session.team(alias.team)
        await conn.execute(
            "INSERT OR IGNORE INTO team_aliases (team_id, alias, lang, learned_from, report_id)"
            " VALUES (?, ?, ?, ?, ?)",
            (alias.team, alias.alias, alias.lang, report.source, report_id),
        )
    for stated in facts.matches:
        await merge_match(session, stated)
    denied = await pair_legs(session, facts.ties)
    for tie in facts.ties:
        if frozenset(tie.teams) not in denied:
            await merge_tie(session, tie)
    await _revise(session)
    await session.flush()
    if on_events is not None and session.result.events:
        await on_events(conn, list(session.result.events))
    return session.result


async def _revise(session: Session) -> None:
    """Count a revision up for every fact a report disagreed with, and announce it."""
    for kind, fact_id in sorted(session.revised):
        table = "matches" if kind == "match" else "ties"
        await session.conn.execute(
            f"UPDATE {table} SET revision = revision + 1 WHERE id = ?", (fact_id,)
        )
        row = await session.one(f"SELECT revision FROM {table} WHERE id = ?", (fact_id,))
        teams, competition = await _identity(session, kind, fact_id)
        session.result.events.append(
            FactEvent(
                "correction",
                teams,
                competition,
                match_id=fact_id if kind == "match" else None,
                tie_id=fact_id if kind == "tie" else None,
                revision=int(row[0]),
            )
        )


async def _identity(
    session: Session, kind: str, fact_id: int
) -> tuple[tuple[str, ...], str | None]:
    if kind == "match":
        sql = "SELECT m.home_id, m.away_id, c.name FROM matches m"
        sql += " LEFT JOIN competitions c ON c.id = m.competition_id WHERE m.id = ?"
    else:
        sql = "SELECT t.team_a, t.team_b, c.name FROM ties t"
        sql += " LEFT JOIN competitions c ON c.id = t.competition_id WHERE t.id = ?"
    row = await session.one(sql, (fact_id,))
    return (row[0], row[1]), row[2]


async def merge_match(session: Session, new: Match) -> int:
    """Store one stated match, as a new match or merged into the one it is; returns its id."""
    if new.home == new.away:
        raise ValueError(f"a match needs two different teams, got {new.home!r} twice")
    rows = await session.all(
        f"SELECT {MATCH_COLUMNS} FROM {MATCH_FROM}"
        " WHERE (m.home_id = ? AND m.away_id = ?) OR (m.home_id = ? AND m.away_id = ?)",
        (new.home, new.away, new.away, new.home),
    )
    best: tuple[int, int, Any] | None = None
    for row in rows:
        stored = match_from_row(row)
        if int(row["id"]) in session.touched_matches and _another_game(stored, new):
            continue
        strength = same_match(stored, new)
        if strength is not None and (best is None or strength > best[0]):
            best = (strength, int(row["id"]), row)
    if best is None:
        match_id = await _insert_match(session, new)
    else:
        match_id = best[1]
        await _merge_into(session, match_id, best[2], new)
    await session.claim("match", match_id, stated_match(new), new.evidence, match_id)
    if match_id not in session.touched_matches:
        session.touched_matches.append(match_id)
    return match_id


def _another_game(stored: Match, new: Match) -> bool:
    """Two scores of one pair that one report states are two games (a group match and a
    semi-final whose round went unread), not a disagreement: the report's own repeats of
    one match carry one score."""
    if stored.score is None or new.score is None:
        return False
    score = tuple(stored.score) if stored.home == new.home else tuple(reversed(stored.score))
    return score != tuple(new.score)


async def _insert_match(session: Session, new: Match) -> int:
    await session.team(new.home)
    await session.team(new.away)
    competition_id = await session.competition(new.competition)
    score = new.score or (None, None)
    penalties = new.penalties or (None, None)
    match_id = await session.insert(
        "INSERT INTO matches (competition_id, season, stage, leg, date, date_precision,"
        " home_id, away_id, home_goals, away_goals, extra_time, home_penalties,"
        " away_penalties, neutral, venue, goals_stated, dismissals_stated)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            competition_id,
            new.season,
            new.stage,
            new.leg,
            new.date,
            new.date_precision,
            new.home,
            new.away,
            score[0],
            score[1],
            None if new.extra_time is None else int(new.extra_time),
            penalties[0],
            penalties[1],
            int(new.neutral),
            new.venue,
            int(new.goals is not None),
            int(new.dismissals is not None),
        ),
    )
    session.result.matches_added += 1
    if new.score is not None:
        _announce_match(session, new, match_id)
    await merge_goals(session, match_id, new, stored_any=False)
    await merge_dismissals(session, match_id, new, stored_any=False)
    return match_id


def _announce_match(session: Session, match: Match, match_id: int) -> None:
    session.result.events.append(
        FactEvent("match", (match.home, match.away), match.competition, match_id=match_id)
    )


def _flip(match: Match) -> Match:
    """The same statement with home and away the other way round."""
    return replace(
        match,
        home=match.away,
        away=match.home,
        score=None if match.score is None else (match.score[1], match.score[0]),
        penalties=None if match.penalties is None else (match.penalties[1], match.penalties[0]),
    )


async def _merge_into(session: Session, match_id: int, row: Any, new: Match) -> None:
    """Fill the stored match's gaps from `new`. A report that disagrees on the score has
    read this match differently, or told another game of the pair (a cup final's replay):
    it adds nothing, not even a date the store lacks. One that disagrees on who was at home
    fills gaps but adds no goals or cards: they would mix two readings of one game."""
    stored = match_from_row(row)
    home_disputed = False
    if stored.home != new.home:
        if not (stored.neutral or new.neutral):
            home_disputed = True
            await session.conflict("match", match_id, "home", stored.home, new.home)
        new = _flip(new)
    updates: dict[str, Any] = {}
    if new.score is not None:
        if stored.score is None:
            updates["home_goals"], updates["away_goals"] = new.score
            _announce_match(session, new, match_id)
        elif stored.score != new.score:
            await session.conflict("match", match_id, "score", stored.score, new.score)
            return  # maybe another game of the pair (a replay): none of its details are added
    if new.competition and not stored.competition:
        updates["competition_id"] = await session.competition(new.competition)
    for name in ("season", "stage", "leg", "venue"):
        if getattr(new, name) is not None and getattr(stored, name) is None:
            updates[name] = getattr(new, name)
    if more_precise(stored.date, new.date):
        updates["date"], updates["date_precision"] = new.date, new.date_precision
    elif stored.date and new.date and date_relation(stored.date, new.date) == "different":
        await session.conflict("match", match_id, "date", stored.date, new.date)
    if new.extra_time is not None:
        if stored.extra_time is None:
            updates["extra_time"] = int(new.extra_time)
        elif stored.extra_time != new.extra_time:
            await session.conflict(
                "match", match_id, "extra_time", stored.extra_time, new.extra_time
            )
    if new.penalties is not None:
        if stored.penalties is None:
            updates["home_penalties"], updates["away_penalties"] = new.penalties
        elif stored.penalties != new.penalties:
            await session.conflict("match", match_id, "penalties", stored.penalties, new.penalties)
    if new.neutral and not stored.neutral:
        updates["neutral"] = 1
    if updates:
        assignments = ", ".join(f"{name} = ?" for name in updates)
        await session.conn.execute(
            f"UPDATE matches SET {assignments} WHERE id = ?", (*updates.values(), match_id)
        )
    if not home_disputed:
        await merge_goals(session, match_id, new, stored_any=True)
        await merge_dismissals(session, match_id, new, stored_any=True)
