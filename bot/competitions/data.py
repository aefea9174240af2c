"""The competitions the reader knows, loaded from competitions.json (canonical names,
aliases in both languages, German display names, season shape), so a new cup is one
more row of data, not code."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

DATA_FILE = Path(__file__).with_name("competitions.json")
CALENDAR = "calendar"
SPLIT = "split"
NO_SEASON = "none"  # no season is stated or implied
EDITION = "edition"  # qualifiers: the year of the tournament they lead to


@dataclass(frozen=True)
class Competition:
    """One competition.

    `aliases` are plain names (case is loose, `-` and space interchangeable);
    `short` are all-caps abbreviations matched case-sensitively in running
    text (`WM`, `CL`); `patterns` are raw regexes over lower-cased text (`Euro
    2024`, `Pokalfinale`), tried only where one of `pattern_keywords` occurs.
    `season` is `split` (2018-19), `calendar` (2024), `edition` or `none`; `new_season_month` is
    the first month that belongs to the next split season (July where
    qualifiers start then). `cycle` is (every, a tournament year, the last month
    of a tournament year still played for it) for `edition` seasons.
    """

    name: str
    kind: str  # club | national
    format: str  # knockout | league | mixed
    season: str
    de: str | None = None
    aliases: tuple[str, ...] = ()
    short: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    new_season_month: int = 8
    pattern_keywords: tuple[str, ...] = ()
    cycle: tuple[int, int, int] | None = None


def _load() -> tuple[tuple[Competition, ...], dict[tuple[str, str], str]]:
    raw = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    competitions = tuple(
        Competition(
            name=row["name"],
            kind=row["kind"],
            format=row["format"],
            season=row["season"],
            de=row.get("de"),
            aliases=tuple(row.get("aliases", ())),
            short=tuple(row.get("short", ())),
            patterns=tuple(row.get("patterns", ())),
            new_season_month=row.get("new_season_month", 8),
            pattern_keywords=tuple(row.get("pattern_keywords", ())),
            cycle=tuple(row["cycle"]) if "cycle" in row else None,
        )
        for row in raw["competitions"]
    )
    editions = {(row["competition"], row["month"]): row["edition"] for row in raw["named_editions"]}
    return competitions, editions


COMPETITIONS, NAMED_EDITIONS = _load()
"""NAMED_EDITIONS: editions played outside the year they are named for (Euro 2020
in June 2021), keyed by (competition, YYYY-MM)."""
