"""Conversions between table rows, stored JSON claims and the fact dataclasses."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from bot.facts import Dismissal, Goal, Match, Tie

MATCH_COLUMNS = """
    m.id, c.name AS competition, m.season, m.stage, m.leg, m.date, m.date_precision,
    m.home_id, m.away_id, m.home_goals, m.away_goals, m.extra_time,
    m.home_penalties, m.away_penalties, m.neutral, m.venue,
    m.goals_stated, m.dismissals_stated, m.revision
"""
MATCH_FROM = "matches m LEFT JOIN competitions c ON c.id = m.competition_id"

TIE_COLUMNS = """
    t.id, c.name AS competition, t.season, t.stage, t.team_a, t.team_b,
    t.first_leg_id, t.second_leg_id, t.goals_a, t.goals_b, t.winner, t.decided_by,
    t.penalties_a, t.penalties_b, t.computed, t.revision
"""
TIE_FROM = "ties t LEFT JOIN competitions c ON c.id = t.competition_id"


def _pair(a: Any, b: Any) -> tuple[int, int] | None:
    return None if a is None or b is None else (int(a), int(b))


def _flag(value: Any) -> bool | None:
    return None if value is None else bool(value)


def match_from_row(row: Any) -> Match:
    """A Match without goals or dismissals (those are read separately)."""
    return Match(
        home=row["home_id"],
        away=row["away_id"],
        score=_pair(row["home_goals"], row["away_goals"]),
        competition=row["competition"],
        season=row["season"],
        stage=row["stage"],
        leg=row["leg"],
        date=row["date"],
        extra_time=_flag(row["extra_time"]),
        penalties=_pair(row["home_penalties"], row["away_penalties"]),
        neutral=bool(row["neutral"]),
        venue=row["venue"],
        goals=[] if row["goals_stated"] else None,
        dismissals=[] if row["dismissals_stated"] else None,
    )


def goal_from_row(row: Any) -> Goal:
    return Goal(
        team=row["team_id"],
        player=row["player"],
        minute=row["minute"],
        added=row["added"],
        penalty=bool(row["penalty"]),
        own_goal=bool(row["own_goal"]),
        assist=row["assist"],
        inferred=bool(row["inferred"]),
    )


def dismissal_from_row(row: Any) -> Dismissal:
    return Dismissal(
        team=row["team_id"],
        player=row["player"],
        minute=row["minute"],
        added=row["added"],
        second_yellow=bool(row["second_yellow"]),
    )


def tie_from_row(row: Any) -> Tie:
    a, b = row["team_a"], row["team_b"]
    aggregate = None
    if row["goals_a"] is not None and row["goals_b"] is not None:
        aggregate = {a: row["goals_a"], b: row["goals_b"]}
    penalties = None
    if row["penalties_a"] is not None and row["penalties_b"] is not None:
        penalties = {a: row["penalties_a"], b: row["penalties_b"]}
    return Tie(
        teams=(a, b),
        competition=row["competition"],
        season=row["season"],
        stage=row["stage"],
        aggregate=aggregate,
        winner=row["winner"],
        decided_by=row["decided_by"],
        penalties=penalties,
        inferred=bool(row["computed"]),
    )


def stated_match(match: Match) -> str:
    """How one report stated a match, without its goal and card lists (claimed apart)."""
    data = asdict(match)
    data["goals"] = match.goals is not None
    data["dismissals"] = match.dismissals is not None
    data.pop("evidence", None)
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def match_from_stated(text: str) -> Match:
    data = json.loads(text)
    data["score"] = _tuple(data.get("score"))
    data["penalties"] = _tuple(data.get("penalties"))
    data["goals"] = [] if data.get("goals") else None
    data["dismissals"] = [] if data.get("dismissals") else None
    return Match(**data)


def stated_fact(fact: Goal | Dismissal | Tie) -> str:
    data = asdict(fact)
    data.pop("evidence", None)
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def goal_from_stated(text: str) -> Goal:
    return Goal(**json.loads(text))


def dismissal_from_stated(text: str) -> Dismissal:
    return Dismissal(**json.loads(text))


def tie_from_stated(text: str) -> Tie:
    data = json.loads(text)
    data["teams"] = tuple(data["teams"])
    return Tie(**data)


def _tuple(value: Any) -> tuple[int, int] | None:
    return None if value is None else (int(value[0]), int(value[1]))
