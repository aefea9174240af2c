"""Typed facts that flow one way: report -> facts -> store -> query -> reply.

The reader produces these from one report; the store keeps them with their
evidence; the queries hand stored versions back to the commands. Team fields
always hold a team id from `bot.teams` (for example ``inter-miami``), never a
raw name from the text, so that two reports of one match agree on identity.
A goal's or dismissal's team is None where the report does not make it clear.
"""

from __future__ import annotations

from dataclasses import dataclass, field

STAGES = (
    "group",
    "league",
    "round-of-32",
    "round-of-16",
    "quarter-final",
    "semi-final",
    "final",
    "play-off",
    "relegation-play-off",
)
DECIDED_BY = ("aggregate", "away_goals", "extra_time", "penalties")


@dataclass(frozen=True)
class Report:
    """One report as read: text plus what was learned about the text itself."""

    text: str
    sha256: str
    source: str
    lang: str
    published: str | None
    title: str | None = None

    @property
    def published_precision(self) -> str:
        return _precision(self.published)


@dataclass
class Goal:
    team: str | None
    player: str | None
    minute: int | None
    added: int | None = None
    penalty: bool = False
    own_goal: bool = False
    assist: str | None = None
    inferred: bool = False
    evidence: str = ""


@dataclass
class Dismissal:
    team: str | None
    player: str | None
    minute: int | None
    added: int | None = None
    second_yellow: bool = False
    evidence: str = ""


@dataclass
class Match:
    """A match as one report states it. `None` means the report does not say."""

    home: str
    away: str
    score: tuple[int, int] | None
    competition: str | None = None
    season: str | None = None
    stage: str | None = None
    leg: int | None = None
    date: str | None = None
    extra_time: bool | None = None
    penalties: tuple[int, int] | None = None
    neutral: bool = False
    venue: str | None = None
    goals: list[Goal] | None = None
    dismissals: list[Dismissal] | None = None
    evidence: str = ""

    @property
    def date_precision(self) -> str:
        return _precision(self.date)


@dataclass
class Tie:
    """A two-legged tie as one report states it (or as computed from its legs)."""

    teams: tuple[str, str]
    competition: str | None = None
    season: str | None = None
    stage: str | None = None
    aggregate: dict[str, int] | None = None
    winner: str | None = None
    decided_by: str | None = None
    penalties: dict[str, int] | None = None
    inferred: bool = False
    evidence: str = ""


@dataclass(frozen=True)
class LearnedAlias:
    """A name a report used for a known team, kept so later queries find it."""

    team: str
    alias: str
    lang: str
    evidence: str = ""


@dataclass
class ReportFacts:
    report: Report
    matches: list[Match] = field(default_factory=list)
    ties: list[Tie] = field(default_factory=list)
    aliases: list[LearnedAlias] = field(default_factory=list)


def _precision(value: str | None) -> str:
    if not value:
        return "unknown"
    return "day" if len(value) == 10 else "month"
