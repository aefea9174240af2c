"""A round named with an earlier year is that edition's round, not the main match's:
`seit Geoff Hurst im WM-Finale 1966`, `since the 1966 World Cup final`, `im Halbfinale
der WM 1990`, `the final of 2004`; so is one of `jener Saison` (`that season`) and one
of last season (`in der vergangenen Saison bis zum Europa-League-Finale`)."""

from __future__ import annotations

import re

_YEAR_AFTER = re.compile(
    r"[\w-]*\s+(?:(?:von|of|in)\s+|(?:der|des|of\s+the)\s+[\w-]+(?:\s+[\w-]+)?\s+)?"
    r"((?:19|20)\d\d)\b(?!\s*[-/–]\s*\d)",
    re.I,
)
_THAT_SEASON = re.compile(
    r"[\w-]*\s+(?:jener|der damaligen)\s+(?:Saison|Spielzeit)\b|"
    r"[\w-]*(?:\s+(?:stage|phase|round))?\s+(?:of\s+)?that\s+(?:season|year)\b",
    re.I,
)
"""`In der Gruppenphase jener Saison`, `the group stage that season`: the round of an
earlier season the text has told of, not the main match's."""
_LAST_SEASON = re.compile(
    r"\b(?:in der (?:vergangenen|letzten|vorigen) Saison|in der Vorsaison|im Vorjahr|"
    r"last season|the previous season|last year)\b",
    re.I,
)
"""`die in der vergangenen Saison bis zum Europa-League-Finale kein Spiel verloren hatte`,
`reached the final last season`: the round of the season before, not the main match's."""
_YEAR_BEFORE = re.compile(r"\b((?:19|20)\d\d)(?:['’]s)?\s+(?:[\w-]+\s+){0,3}$")


def past_edition(text: str, at: int, published: str | None) -> bool:
    """Whether the round word at `at` carries a year before the report's season (the
    year of the dateline or the one before it, which a season may start in)."""
    if ("jener" in text or "that" in text) and _THAT_SEASON.match(text, at):
        return True
    if told_of_last_season(text, at):
        return True
    if not published or not any(map(str.isdigit, text)):
        return False
    year = int(published[:4])
    found = _YEAR_AFTER.match(text, at)
    if found is None:
        found = _YEAR_BEFORE.search(text, max(0, at - 30), at)
    return found is not None and int(found.group(1)) < year - 1


def told_of_last_season(text: str, at: int) -> bool:
    """Whether the round or competition named at `at` is told of last season (`in der
    vergangenen Saison bis zum Europa-League-Finale`, `the Europa League final last season`)."""
    if "aison" not in text and "season" not in text and "Vorjahr" not in text:
        if "last year" not in text:
            return False
    return _LAST_SEASON.search(text, max(0, at - 50), at + 45) is not None
