"""Tiebreak rules held as data, so a new season or competition is one more row, not code.

Each row gives, for some competitions and a range of seasons (by the year the
season starts), the ordered steps that apply when the aggregate is level after
the second leg. The facts come from shared/reports/TIE-RULES.md. Where the rows
are unconfirmed the steps end in UNKNOWN, and the bot then says how a tie was
decided only when a report states it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.teams.names import normalize

AWAY_GOALS = "away_goals"
"""Away goals over both legs; in extra time too when EXTRA_TIME_AWAY follows."""
EXTRA_TIME = "extra_time"
"""Thirty minutes more in the second leg; away goals scored in it do not count."""
EXTRA_TIME_AWAY = "extra_time_away"
"""Extra time in which away goals still count (UEFA before 2021-22)."""
PENALTIES = "penalties"
UNKNOWN = "unknown"

UEFA_CLUB = (
    "UEFA Champions League",
    "Champions League",
    "European Cup",
    "UEFA Europa League",
    "Europa League",
    "UEFA Cup",
    "UEFA Europa Conference League",
    "UEFA Conference League",
    "Conference League",
    "UEFA Cup Winners' Cup",
)
GERMAN_LEAGUES = ("Bundesliga", "2. Bundesliga", "3. Liga")
CONCACAF_OLD = ("CONCACAF Champions League",)
CONCACAF_NEW = ("CONCACAF Champions Cup",)
CONMEBOL = ("Copa Libertadores", "CONMEBOL Libertadores", "Copa Sudamericana")


@dataclass(frozen=True)
class TieRules:
    """The steps after a level aggregate, for some competitions and seasons.

    `first` and `last` are season start years (inclusive; None is open-ended).
    `stage` limits a row to one stage (a two-legged final can differ from
    the rounds before it); `stages` to any of several. A step the sources
    leave open is UNKNOWN: the steps before it still apply.
    """

    competitions: tuple[str, ...]
    first: int | None
    last: int | None
    steps: tuple[str, ...]
    stage: str | None = None
    stages: tuple[str, ...] | None = None

    @property
    def away_goals(self) -> bool:
        return AWAY_GOALS in self.steps

    @property
    def confirmed(self) -> bool:
        """False where some step is not known (the row ends in UNKNOWN)."""
        return UNKNOWN not in self.steps


RULES: tuple[TieRules, ...] = (
    TieRules(UEFA_CLUB, None, 2020, (AWAY_GOALS, EXTRA_TIME_AWAY, PENALTIES)),
    TieRules(UEFA_CLUB, 2021, None, (EXTRA_TIME, PENALTIES)),
    TieRules(
        GERMAN_LEAGUES,
        None,
        2020,
        (AWAY_GOALS, EXTRA_TIME, PENALTIES),
        stages=("relegation-play-off", "play-off"),
    ),
    TieRules(
        GERMAN_LEAGUES,
        2021,
        None,
        (EXTRA_TIME, PENALTIES),
        stages=("relegation-play-off", "play-off"),
    ),
    TieRules(CONCACAF_OLD, 2018, 2023, (EXTRA_TIME, PENALTIES), stage="final"),
    TieRules(CONCACAF_OLD, 2018, 2023, (AWAY_GOALS, PENALTIES)),
    TieRules(CONCACAF_NEW, 2024, 2024, (AWAY_GOALS, EXTRA_TIME, PENALTIES)),
    TieRules(CONCACAF_NEW, 2025, 2025, (AWAY_GOALS, UNKNOWN)),
    TieRules(CONMEBOL, 2005, 2021, (AWAY_GOALS, PENALTIES)),
    TieRules(CONMEBOL, 2022, None, (PENALTIES,)),
)

UNKNOWN_RULES = TieRules((), None, None, (UNKNOWN,))

_YEAR = re.compile(r"(\d{4})")


def season_start(season: str | None) -> int | None:
    """`2018-19` -> 2018; `2024` -> 2024; anything else -> None."""
    if not season:
        return None
    found = _YEAR.match(season.strip())
    return int(found.group(1)) if found else None


def rules_for(competition: str | None, season: str | None, stage: str | None = None) -> TieRules:
    """The rules for a competition in a season, or UNKNOWN_RULES when none are held."""
    year = season_start(season)
    if not competition or year is None:
        return UNKNOWN_RULES
    key = normalize(competition)
    for rule in RULES:
        if key not in {normalize(name) for name in rule.competitions}:
            continue
        if rule.first is not None and year < rule.first:
            continue
        if rule.last is not None and year > rule.last:
            continue
        if rule.stage is not None and stage != rule.stage:
            continue
        if rule.stages is not None and stage not in rule.stages:
            continue
        return rule
    return UNKNOWN_RULES
