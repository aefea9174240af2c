"""Ties in the write path: paired from their legs, computed with bot.ties, checked against the text.

A tie computed from two stored legs is what the store holds; a report's own
statement of the tie is checked against it, filling what the legs cannot
settle (who won a level tie when the rules are unknown) and recording a
conflict where it disagrees. A tie stated only by a report is kept as stated.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bot.facts import Match, Tie
from bot.ties import rules_for
from bot.ties.decide import computed_tie, decide
from bot.ties.rules import UNKNOWN
from storage.firstleg import attach_first_leg
from storage.matching import compatible, legs_fit, same_tie
from storage.records import FactEvent
from storage.rows import (
    MATCH_COLUMNS,
    MATCH_FROM,
    TIE_COLUMNS,
    TIE_FROM,
    goal_from_row,
    match_from_row,
    stated_fact,
    tie_from_row,
)

if TYPE_CHECKING:
    from storage.session import Session


async def pair_legs(session: Session, stated: list[Tie] = ()) -> set[frozenset]:
    """Pair every leg this report touched with its other leg and compute the tie; not
    where the report's own statement of that tie names the other winner (the report
    contradicts itself, so neither winner is told). Returns the pairs of teams so denied,
    whose statement is then not stored either."""
    done: set[tuple[int, int]] = set()
    denied: set[frozenset] = set()
    for match_id in list(session.touched_matches):
        row = await session.one(
            f"SELECT {MATCH_COLUMNS} FROM {MATCH_FROM} WHERE m.id = ?", (match_id,)
        )
        this = match_from_row(row)
        if this.leg not in (1, 2):
            continue
        others = await session.all(
            f"SELECT {MATCH_COLUMNS} FROM {MATCH_FROM}"
            " WHERE m.home_id = ? AND m.away_id = ? AND m.leg = ?",
            (this.away, this.home, 3 - this.leg),
        )
        fitting = []
        for other in others:
            that = match_from_row(other)
            first, second = (this, that) if this.leg == 1 else (that, this)
            one_report = int(other["id"]) in session.touched_matches
            if legs_fit(first, second, one_report, _sum_told(first, second, stated)):
                fitting.append((int(other["id"]), that))
        if len(fitting) != 1:
            continue
        other_id, _ = fitting[0]
        pair = (match_id, other_id) if this.leg == 1 else (other_id, match_id)
        if pair not in done:
            done.add(pair)
            if not await _computed_tie(session, *pair, stated):
                denied.add(frozenset((this.home, this.away)))
    return denied


def _sum_told(first: Match, second: Match, stated: list[Tie]) -> bool:
    """Whether the report states this pair's aggregate as the two legs' sum."""
    sums = decide(first, second).aggregate
    return sums is not None and any(t.aggregate == sums for t in stated)


async def _leg(session: Session, match_id: int) -> Match:
    """A stored leg with its goals (decide() may need their minutes)."""
    row = await session.one(f"SELECT {MATCH_COLUMNS} FROM {MATCH_FROM} WHERE m.id = ?", (match_id,))
    match = match_from_row(row)
    goals = await session.all("SELECT * FROM goals WHERE match_id = ?", (match_id,))
    if goals:
        match.goals = [goal_from_row(goal) for goal in goals]
    return match


async def _computed_tie(
    session: Session, first_id: int, second_id: int, stated: list[Tie] = ()
) -> bool:
    """Store the tie two legs compute; False where the report's own statement of it
    names the other winner (then nothing is stored)."""
    first = await _leg(session, first_id)
    second = await _leg(session, second_id)
    computed = computed_tie(first, second)
    if computed.winner and any(
        set(t.teams) == set(computed.teams) and t.winner and t.winner != computed.winner
        for t in stated
    ):
        return False
    row = await session.one(
        f"SELECT {TIE_COLUMNS} FROM {TIE_FROM} WHERE t.first_leg_id = ? OR t.second_leg_id = ?",
        (first_id, second_id),
    )
    if row is None:
        row = await _find_tie(session, computed, legless=True)
    if row is None:
        tie_id = await _insert_tie(session, computed, first_id, second_id)
        session.paired_ties[frozenset(computed.teams)] = tie_id
        return True
    tie_id = int(row["id"])
    session.paired_ties[frozenset(computed.teams)] = tie_id
    await session.conn.execute(
        "UPDATE ties SET first_leg_id = ?, second_leg_id = ?, computed = 1 WHERE id = ?",
        (first_id, second_id, tie_id),
    )
    await _merge_statement(session, tie_id, row, computed, by_legs=True)
    return True


async def _find_tie(session: Session, tie: Tie, legless: bool = False) -> Any | None:
    a, b = sorted(tie.teams)
    rows = await session.all(
        f"SELECT {TIE_COLUMNS} FROM {TIE_FROM} WHERE t.team_a = ? AND t.team_b = ?", (a, b)
    )
    best = None
    for row in rows:
        if legless and row["first_leg_id"] is not None:
            continue
        strength = same_tie(tie_from_row(row), tie, session.source.published)
        if strength is not None and (best is None or strength > best[0]):
            best = (strength, row)
    return None if best is None else best[1]


def _columns(tie: Tie) -> tuple[Any, ...]:
    a, b = sorted(tie.teams)
    aggregate = tie.aggregate or {}
    penalties = tie.penalties or {}
    return (
        a,
        b,
        aggregate.get(a),
        aggregate.get(b),
        tie.winner,
        tie.decided_by,
        penalties.get(a),
        penalties.get(b),
    )


async def _insert_tie(
    session: Session, tie: Tie, first_id: int | None = None, second_id: int | None = None
) -> int:
    for team in tie.teams:
        await session.team(team)
    competition_id = await session.competition(tie.competition)
    tie_id = await session.insert(
        "INSERT INTO ties (competition_id, season, stage, team_a, team_b, goals_a, goals_b,"
        " winner, decided_by, penalties_a, penalties_b, first_leg_id, second_leg_id, computed)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            competition_id,
            tie.season,
            tie.stage,
            *_columns(tie),
            first_id,
            second_id,
            int(first_id is not None),
        ),
    )
    session.result.ties_added += 1
    if tie.winner:
        _announce(session, tie, tie_id)
    return tie_id


def _announce(session: Session, tie: Tie, tie_id: int) -> None:
    session.result.events.append(
        FactEvent("tie", tuple(sorted(tie.teams)), tie.competition, tie_id=tie_id)
    )


async def merge_tie(session: Session, stated: Tie) -> None:
    """Merge a tie as a report states it, then record the claim."""
    if len(set(stated.teams)) != 2:
        raise ValueError(f"a tie needs two different teams, got {stated.teams!r}")
    row = await _paired_tie(session, stated) or await _find_tie(session, stated)
    if row is None:
        checked = await _check_rules(session, stated)
        tie_id = await _insert_tie(session, checked)
        if checked is not stated:
            await session.conflict("tie", tie_id, "decided_by", "", stated.decided_by)
    else:
        tie_id = int(row["id"])
        await _merge_statement(session, tie_id, row, stated, by_legs=False)
    await attach_first_leg(session, tie_id, stated)
    await session.claim("tie", tie_id, stated_fact(stated), stated.evidence)


async def _paired_tie(session: Session, stated: Tie) -> Any | None:
    """The tie this report's own legs of the pair made, where the statement fits it."""
    tie_id = session.paired_ties.get(frozenset(stated.teams))
    if tie_id is None:
        return None
    row = await session.one(f"SELECT {TIE_COLUMNS} FROM {TIE_FROM} WHERE t.id = ?", (tie_id,))
    stored = tie_from_row(row)
    fits = all(
        compatible(getattr(stored, name), getattr(stated, name))
        for name in ("competition", "season", "stage")
    )
    return row if fits else None


async def _check_rules(session: Session, stated: Tie) -> Tie:
    """A stated "on away goals" where the rules held for that season have none is not kept."""
    if stated.decided_by != "away_goals":
        return stated
    rules = rules_for(stated.competition, stated.season, stated.stage)
    if UNKNOWN in rules.steps or rules.away_goals:
        return stated
    return Tie(**{**stated.__dict__, "decided_by": None})


async def _merge_statement(
    session: Session, tie_id: int, row: Any, new: Tie, by_legs: bool
) -> None:
    stored = tie_from_row(row)
    updates: dict[str, Any] = {}
    a, b, new_a, new_b, winner, decided_by, pen_a, pen_b = _columns(new)
    if new.aggregate is not None:
        if stored.aggregate is None:
            updates["goals_a"], updates["goals_b"] = new_a, new_b
        elif stored.aggregate != new.aggregate:
            await session.conflict(
                "tie", tie_id, "aggregate", _agg(stored.aggregate, a, b), _agg(new.aggregate, a, b)
            )
    if new.penalties is not None:
        if stored.penalties is None:
            updates["penalties_a"], updates["penalties_b"] = pen_a, pen_b
        elif stored.penalties != new.penalties:
            await session.conflict(
                "tie", tie_id, "penalties", _agg(stored.penalties, a, b), _agg(new.penalties, a, b)
            )
    if winner is not None:
        if stored.winner is None:
            updates["winner"] = winner
            _announce(session, new, tie_id)
        elif stored.winner != winner:
            await session.conflict("tie", tie_id, "winner", stored.winner, winner)
    if decided_by is not None and stored.winner in (None, winner):
        checked = await _check_rules(session, new) if not by_legs else new
        if checked.decided_by is None:
            await session.conflict("tie", tie_id, "decided_by", stored.decided_by or "", decided_by)
        elif stored.decided_by is None or _refines(stored.decided_by, decided_by, row):
            updates["decided_by"] = decided_by
        elif stored.decided_by != decided_by:
            await session.conflict("tie", tie_id, "decided_by", stored.decided_by, decided_by)
    if new.competition and not stored.competition:
        updates["competition_id"] = await session.competition(new.competition)
    for name in ("season", "stage"):
        if getattr(new, name) and not getattr(stored, name):
            updates[name] = getattr(new, name)
    if updates:
        assignments = ", ".join(f"{name} = ?" for name in updates)
        await session.conn.execute(
            f"UPDATE ties SET {assignments} WHERE id = ?", (*updates.values(), tie_id)
        )


def _refines(stored: str, stated: str, row: Any) -> bool:
    """Legs whose extra time is not known say `aggregate`; a text may say it was extra time."""
    return stored == "aggregate" and stated == "extra_time" and row["computed"]


def _agg(values: dict[str, int], a: str, b: str) -> str:
    return f"{a} {values.get(a)}-{values.get(b)} {b}"
