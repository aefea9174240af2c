"""The season a match belongs to, from its competition and date: a split season
(`2018-19`) for European club football, the year (`2024`) for calendar-year ones."""

from __future__ import annotations

import re

from bot.competitions.data import CALENDAR, EDITION, NAMED_EDITIONS, SPLIT
from bot.competitions.names import CONCACAF_LEAGUE, canonical, info

_DATE = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?")
_UEFA_CLUB = (
    "UEFA Champions League",
    "UEFA Europa League",
    "UEFA Europa Conference League",
)
_LATE_STAGES = ("round-of-16", "quarter-final", "semi-final", "final")


def season_for(competition: str | None, date: str | None, stage: str | None = None) -> str | None:
    """`("UEFA Champions League", "2019-03-06")` -> `"2018-19"`, a World Cup
    qualifier of 2017 -> `"2018"`.

    Needs a known competition and at least a month; otherwise None. A split
    season starts in August (July for UEFA club cups and Liga MX, whose
    qualifiers begin then). August 2020, when UEFA finished 2019-20 while
    2020-21 qualifiers began, uses the day and stage, else gives None.
    """
    comp = info(competition)
    parsed = _DATE.match(date or "")
    if comp is None or parsed is None:
        return None
    year, month = int(parsed.group(1)), int(parsed.group(2))
    day = int(parsed.group(3)) if parsed.group(3) else None
    if not 1 <= month <= 12:
        return None
    name = canonical(comp.name, date) or comp.name
    edition = NAMED_EDITIONS.get((name, f"{year:04d}-{month:02d}"))
    if edition:
        return edition
    if name == CONCACAF_LEAGUE and (year, month) < (2017, 8):
        return _split(year, month, 8)
    if name == "CAF Champions League" and (year, month) <= (2018, 11):
        # a calendar year up to the 2018 final (9 November); 2018-19 began late that month
        return str(year) if (year, month, day or 31) < (2018, 11, 15) else None
    if comp.season == CALENDAR and _run_over(comp, name, month, stage):
        return str(year - 1)
    if comp.season == CALENDAR or name == CONCACAF_LEAGUE:
        return str(year)
    if comp.season == EDITION and comp.cycle:
        return _edition(year, month, comp.cycle)
    if comp.season != SPLIT:
        return None
    if name in _UEFA_CLUB and (year, month) == (2020, 8):
        return _covid_august(day, stage)
    if name in ("Serie A", "FA Cup") and (year, month) == (2020, 8):
        return "2019-20"  # the FA Cup final of 1 August 2020 closed 2019-20
    return _split(year, month, comp.new_season_month)


_ONE_MATCH = ("Recopa Sudamericana", "UEFA Super Cup", "DFL-Supercup", "FA Community Shield")
_RUN_OVER_STAGES = ("quarter-final", "semi-final", "final")


def ran_over(competition: str | None, date: str | None, stage: str | None) -> bool:
    """Whether a match of this competition, date and round belongs to the edition of
    the year before its date's (see `_run_over`)."""
    comp = info(competition)
    parsed = _DATE.match(date or "")
    if comp is None or parsed is None or comp.season != CALENDAR:
        return False
    return _run_over(comp, comp.name, int(parsed.group(2)), stage)


def _run_over(comp, name: str, month: int, stage: str | None) -> bool:
    """A calendar-year club cup's last rounds in January or February (the Libertadores
    semi-finals of January 2021) belong to the edition of the year before, which ran
    over: no club cup reaches its quarter-finals by then in its own year. National
    teams' tournaments held then (the Africa Cup of Nations) and one-match trophies
    played early in their year are their own year's."""
    return (
        month <= 2
        and stage in _RUN_OVER_STAGES
        and comp.kind == "club"
        and comp.format != "league"
        and name not in _ONE_MATCH
    )


def _split(year: int, month: int, first_month: int) -> str:
    start = year if month >= first_month else year - 1
    return f"{start}-{(start + 1) % 100:02d}"


def _edition(year: int, month: int, cycle: tuple[int, int, int]) -> str | None:
    """A qualifier belongs to the next tournament not yet played: one in October
    2017 to the 2018 World Cup, one in March 2022 to the 2022 one."""
    every, known, last_month = cycle
    ahead = (known - year) % every
    if ahead == 0 and month > last_month:
        ahead = every
    edition = year + ahead
    return str(edition) if edition >= 1954 else None


def _covid_august(day: int | None, stage: str | None) -> str | None:
    if day is not None and day <= 17:
        return "2019-20"
    if stage in _LATE_STAGES:
        return "2019-20"
    if day is not None and stage is not None:
        return "2020-21"
    return None
