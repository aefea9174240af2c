"""Reports as stored: the list of them, and the facts the store attributes to each.

`facts_of_report` gives back each fact as that report stated it (its claim),
not as merged with other reports, so the evaluation measures the reader; a
tie both of whose legs the report states is computed from those statements.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import aiosqlite

from bot.facts import Match, Report, ReportFacts, Tie
from bot.ties.decide import computed_tie, legs_fit
from storage.rows import (
    dismissal_from_stated,
    goal_from_stated,
    match_from_stated,
    tie_from_stated,
)


@dataclass(frozen=True)
class ReportInfo:
    id: int
    sha256: str
    source: str
    lang: str
    published: str | None
    title: str | None
    ingested_at: str


async def list_reports(conn: aiosqlite.Connection) -> list[ReportInfo]:
    async with conn.execute(
        "SELECT id, sha256, source, lang, published, title, ingested_at FROM reports ORDER BY id"
    ) as cursor:
        return [ReportInfo(*row) for row in await cursor.fetchall()]


async def facts_of_report(conn: aiosqlite.Connection, report_id: int) -> ReportFacts:
    async with conn.execute(
        "SELECT text, sha256, source, lang, published, title FROM reports WHERE id = ?",
        (report_id,),
    ) as cursor:
        row = await cursor.fetchone()
    if row is None:
        raise KeyError(f"no report {report_id}")
    report = Report(row[0], row[1], row[2], row[3], row[4], row[5])
    async with conn.execute(
        "SELECT kind, fact_id, match_id, sentence, stated FROM claims"
        " WHERE report_id = ? ORDER BY id",
        (report_id,),
    ) as cursor:
        claims = sorted(await cursor.fetchall(), key=lambda claim: claim[0] != "match")
    stated: dict[int, list[Match]] = {}
    ties: dict[int, Tie] = {}
    for kind, fact_id, match_id, sentence, text in claims:
        if kind == "match":
            match = match_from_stated(text)
            match.evidence = sentence
            stated.setdefault(match_id, []).append(match)
        elif kind in ("goal", "dismissal") and match_id in stated:
            name = "goals" if kind == "goal" else "dismissals"
            fact = goal_from_stated(text) if kind == "goal" else dismissal_from_stated(text)
            fact.evidence = sentence
            _owner(stated[match_id], name).append(fact)
        elif kind == "tie":
            tie = tie_from_stated(text)
            tie.evidence = sentence
            ties[fact_id] = tie
    matches = {match_id: versions[0] for match_id, versions in stated.items()}
    await _computed_ties(conn, matches, ties)
    every = [match for versions in stated.values() for match in versions]
    return ReportFacts(report=report, matches=every, ties=list(ties.values()))


def _owner(versions: list[Match], name: str) -> list:
    """The list a goal or card belongs in: the statement of the match that listed them.

    A report can state one match twice (a result in passing, then the story);
    the version that gave a goal list owns the goals.
    """
    for match in versions:
        if getattr(match, name) is not None:
            return getattr(match, name)
    match = versions[0]
    setattr(match, name, [])
    return match.goals if name == "goals" else match.dismissals


async def _computed_ties(
    conn: aiosqlite.Connection, matches: dict[int, Match], ties: dict[int, Tie]
) -> None:
    """Ties whose two legs this report states, computed from its own statements.

    A level aggregate that no known rule settles is left out: without a winner
    the pairing says nothing the two legs don't already say.
    """
    if not matches:
        return
    marks = ",".join("?" for _ in matches)
    async with conn.execute(
        f"SELECT id, first_leg_id, second_leg_id FROM ties"
        f" WHERE first_leg_id IN ({marks}) AND second_leg_id IN ({marks})",
        (*matches, *matches),
    ) as cursor:
        rows = list(await cursor.fetchall())
    for tie_id, first_id, second_id in rows:
        first, second = matches[first_id], matches[second_id]
        if not legs_fit(first, second):
            continue
        computed = computed_tie(first, second)
        stated = ties.get(tie_id)
        if stated is None and computed.winner is None:
            continue
        ties[tie_id] = computed if stated is None else _fill(stated, computed)


def _fill(stated: Tie, computed: Tie) -> Tie:
    """The report's own statement, with what its legs compute where it says nothing."""
    return replace(
        stated,
        competition=stated.competition or computed.competition,
        season=stated.season or computed.season,
        stage=stated.stage or computed.stage,
        aggregate=stated.aggregate if stated.aggregate is not None else computed.aggregate,
        winner=stated.winner or computed.winner,
        decided_by=stated.decided_by or computed.decided_by,
        penalties=stated.penalties if stated.penalties is not None else computed.penalties,
    )
