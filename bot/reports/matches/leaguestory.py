"""A result told as part of a domestic title race (`lost their grip on the Portuguese
title after a 2-1 defeat at Porto`) was a league match, whatever cup the report is
about: it takes the clubs' own top league, or no competition when that is unclear. So
was one that ended a side's league run (`whose unbeaten league run ended at Old
Trafford when United won 2-0`), or made a side champions (`mit einem 2:1 gegen Cottbus
Deutscher Meister geworden`, `won the title with a 2-1 win over Cottbus`)."""

from __future__ import annotations

import re

from bot.reports.patterns.keyed import Keyed

TOP_LEAGUES = {
    "GER": "Bundesliga", "ENG": "Premier League", "ITA": "Serie A", "ESP": "La Liga",
    "FRA": "Ligue 1", "NED": "Eredivisie", "POR": "Primeira Liga",
}  # fmt: skip
"""A country's top league, named for a title race between two of its clubs."""

_STORY_WORDS = "title|league|meister|titel|liga|crown|championship"
LEAGUE_STORY = Keyed(
    re.compile(
        r"\b(?:(?:league|domestic|national|Portuguese|Spanish|Dutch|German|Italian|French|"
        r"English|Scottish|Turkish|Greek|Belgian) (?:title|crown|championship)|title (?:race|"
        r"fight|chase|hopes)|in the league|league (?:game|match|fixture|clash|run|goals)|"
        r"Meisterschaft\w*|Meistertitel\w*|Meisterschale|Titelrennen|Titelkampf|in der Liga|"
        r"Liga-?(?:spiel|alltag|partie)\w*|Meister (?:geworden|wurden?)|zum Meister|"
        r"(?:won|clinched|sealed) the (?:league|title|championship)|crowned champions)\b",
        re.IGNORECASE,
    ),
    _STORY_WORDS,
)


def club_countries(doc, resolver) -> dict[str, str]:
    """Each club the report names, with its country: asked once per report."""
    out = {}
    for team_id in doc.teams():
        team = resolver.teams.get(team_id)
        if team is not None and team.kind == "club" and team.country:
            out[team_id] = team.country
    return out


def story_league(doc, teams: tuple[str, str] | None) -> str | None:
    """The top league of the one country both clubs come from; None when they are not
    two clubs of one country with a known top league."""
    countries = {doc.cache.get("club-country", {}).get(t) for t in teams or ()}
    if len(countries) != 1 or None in countries:
        return None
    league = TOP_LEAGUES.get(countries.pop())
    year = (doc.published or "")[:4]
    if league == "Premier League" and (not year or int(year) < 1993):
        return None
    return league
