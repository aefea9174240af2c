"""Merging a match's goals and dismissals: fill what the store lacks, flag what disagrees.

A goal is the same goal when its team, scorer and minute agree wherever both
statements give them. A goal that clashes (same minute, another scorer; or
the same scorer at another minute) is a conflict; a goal that does not fit
the score is a conflict too, never an extra stored goal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bot.facts import Dismissal, Goal, Match
from bot.teams.names import same_surname, surname
from storage.matching import compatible
from storage.rows import dismissal_from_row, goal_from_row, stated_fact

if TYPE_CHECKING:
    from storage.session import Session


def _agrees(stored: Goal | Dismissal, new: Goal | Dismissal) -> int | None:
    """How many identifying fields agree, or None when a given field disagrees."""
    if not compatible(stored.team, new.team):
        return None
    name_a, name_b = surname(stored.player), surname(new.player)
    same = same_surname(stored.player, new.player)
    if name_a and name_b and not same:
        return None
    if not compatible(stored.minute, new.minute):
        return None
    if stored.minute is not None and new.minute is not None:
        if not compatible(stored.added, new.added):
            return None
    agree = int(same)
    agree += int(stored.minute is not None and stored.minute == new.minute)
    return agree or None


def _find(rows: list[tuple[int, Any]], new: Goal | Dismissal, used: set[int]) -> int | None:
    best: tuple[int, int] | None = None
    for fact_id, stored in rows:
        if fact_id in used:
            continue
        agree = _agrees(stored, new)
        if agree and (best is None or agree > best[0]):
            best = (agree, fact_id)
    return None if best is None else best[1]


def _clash(
    rows: list[tuple[int, Any]], new: Goal | Dismissal, listed: list[Goal] | list[Dismissal]
) -> Any | None:
    name = surname(new.player)
    for _, stored in rows:
        if not compatible(stored.team, new.team):
            continue
        same_minute = stored.minute is not None and stored.minute == new.minute
        same_name = bool(name) and same_surname(stored.player, new.player)
        if same_minute and not same_name and stored.player and new.player:
            return stored
        if same_name and stored.minute is not None and new.minute is not None:
            stored_count = sum(1 for _, s in rows if same_surname(s.player, new.player))
            new_count = sum(1 for n in listed if same_surname(n.player, new.player))
            if stored_count == new_count:
                return stored
    return None


async def _fill(session: Session, table: str, fact_id: int, stored: Any, new: Any) -> None:
    updates: dict[str, Any] = {}
    for name, column in (("minute", "minute"), ("added", "added"), ("player", "player")):
        if getattr(stored, name) is None and getattr(new, name) is not None:
            updates[column] = getattr(new, name)
    if stored.team is None and new.team is not None:
        await session.team(new.team)
        updates["team_id"] = new.team
    flags = ("penalty", "own_goal") if table == "goals" else ("second_yellow",)
    for flag in flags:
        if getattr(new, flag) and not getattr(stored, flag):
            updates[flag] = 1
    if table == "goals" and stored.assist is None and new.assist:
        updates["assist"] = new.assist
    if updates:
        assignments = ", ".join(f"{column} = ?" for column in updates)
        await session.conn.execute(
            f"UPDATE {table} SET {assignments} WHERE id = ?", (*updates.values(), fact_id)
        )


def _fits(room: dict[str, int], team: str | None) -> bool:
    """Whether one more goal for `team` still fits the stored score."""
    if team is None:
        return sum(room.values()) > 0
    return room.get(team, 0) > 0


async def merge_goals(session: Session, match_id: int, new: Match, stored_any: bool) -> None:
    if new.goals is None:
        return
    await session.conn.execute("UPDATE matches SET goals_stated = 1 WHERE id = ?", (match_id,))
    rows = []
    if stored_any:
        found = await session.all("SELECT * FROM goals WHERE match_id = ?", (match_id,))
        rows = [(int(r["id"]), goal_from_row(r)) for r in found]
    score_row = await session.one(
        "SELECT home_id, away_id, home_goals, away_goals FROM matches WHERE id = ?", (match_id,)
    )
    room = {}
    if score_row["home_goals"] is not None:
        room = {
            score_row["home_id"]: score_row["home_goals"],
            score_row["away_id"]: score_row["away_goals"],
        }
        for _, goal in rows:
            if goal.team in room:
                room[goal.team] -= 1
    used: set[int] = set()
    before = list(rows)
    for goal in new.goals:
        same = _find(before, goal, used) if before else None
        if same is not None:
            used.add(same)
            await _fill(session, "goals", same, dict(before)[same], goal)
            await session.claim("goal", same, stated_fact(goal), goal.evidence, match_id)
            continue
        clash = _clash(before, goal, new.goals) if before else None
        if clash is not None:
            await session.conflict("match", match_id, "goal", clash, goal)
            continue
        if room and not _fits(room, goal.team):
            await session.conflict("match", match_id, "goal", None, goal)
            continue
        if goal.team in room:
            room[goal.team] -= 1
        await session.team(goal.team)
        goal_id = await session.insert(
            "INSERT INTO goals (match_id, team_id, player, minute, added, penalty, own_goal,"
            " assist, inferred) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                match_id,
                goal.team,
                goal.player,
                goal.minute,
                goal.added,
                int(goal.penalty),
                int(goal.own_goal),
                goal.assist,
                int(goal.inferred),
            ),
        )
        session.result.goals_added += 1
        await session.claim("goal", goal_id, stated_fact(goal), goal.evidence, match_id)


async def merge_dismissals(session: Session, match_id: int, new: Match, stored_any: bool) -> None:
    if new.dismissals is None:
        return
    await session.conn.execute("UPDATE matches SET dismissals_stated = 1 WHERE id = ?", (match_id,))
    rows = []
    if stored_any:
        found = await session.all("SELECT * FROM dismissals WHERE match_id = ?", (match_id,))
        rows = [(int(r["id"]), dismissal_from_row(r)) for r in found]
    used: set[int] = set()
    for card in new.dismissals:
        same = _find(rows, card, used) if rows else None
        if same is not None:
            used.add(same)
            await _fill(session, "dismissals", same, dict(rows)[same], card)
            await session.claim("dismissal", same, stated_fact(card), card.evidence, match_id)
            continue
        clash = _clash(rows, card, new.dismissals) if rows else None
        if clash is not None:
            await session.conflict("match", match_id, "dismissal", clash, card)
            continue
        await session.team(card.team)
        card_id = await session.insert(
            "INSERT INTO dismissals (match_id, team_id, player, minute, added, second_yellow)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (match_id, card.team, card.player, card.minute, card.added, int(card.second_yellow)),
        )
        session.result.dismissals_added += 1
        await session.claim("dismissal", card_id, stated_fact(card), card.evidence, match_id)
