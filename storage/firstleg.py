"""A stated tie's first leg, when the same report tells only that leg: `went through 5-3
on aggregate ... had won the first leg 3-1`. Without it `/tie` showed the tie with no legs
and the first leg beside it as a tie still waiting for its second leg."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.facts import Match, Tie
from storage.matching import compatible
from storage.rows import MATCH_COLUMNS, MATCH_FROM, match_from_row

if TYPE_CHECKING:
    from storage.session import Session


async def attach_first_leg(session: Session, tie_id: int, stated: Tie) -> None:
    """Link the one first leg of the pair this report states, where it fits the tie."""
    row = await session.one("SELECT first_leg_id, second_leg_id FROM ties WHERE id = ?", (tie_id,))
    if row["first_leg_id"] is not None or row["second_leg_id"] is not None:
        return
    fitting = []
    for match_id in session.touched_matches:
        found = await session.one(
            f"SELECT {MATCH_COLUMNS} FROM {MATCH_FROM} WHERE m.id = ?", (match_id,)
        )
        if _fits(match_from_row(found), stated) and not await _in_a_tie(session, match_id):
            fitting.append(match_id)
    if len(set(fitting)) == 1:
        await session.conn.execute(
            "UPDATE ties SET first_leg_id = ? WHERE id = ?", (fitting[0], tie_id)
        )


def _fits(leg: Match, tie: Tie) -> bool:
    """Leg 1 of the pair, in the tie's round (a stage or season both name, none that
    differs), and no more goals for either side than the aggregate gives it."""
    if leg.leg != 1 or {leg.home, leg.away} != set(tie.teams):
        return False
    names = ("competition", "season", "stage")
    if not all(compatible(getattr(leg, n), getattr(tie, n)) for n in names):
        return False
    if not ((leg.stage and tie.stage) or (leg.season and tie.season)):
        return False
    if tie.aggregate and leg.score:
        goals = {leg.home: leg.score[0], leg.away: leg.score[1]}
        return all(goals[team] <= tie.aggregate.get(team, 0) for team in goals)
    return True


async def _in_a_tie(session: Session, match_id: int) -> bool:
    row = await session.one(
        "SELECT id FROM ties WHERE first_leg_id = ? OR second_leg_id = ?", (match_id, match_id)
    )
    return row is not None
