"""`Santos beat Peñarol 2-1`: a name two clubs share (Santos FC, Santos Laguna) is the
club from the country, or else the continent, of the clubs the story names plainly."""

from __future__ import annotations

from bot.teams.resolver import TeamResolver

_CONTINENTS = {
    "south-america": frozenset("BRA ARG URU CHI COL PER PAR ECU BOL VEN".split()),
    "north-america": frozenset("MEX USA CAN CRC HON GUA SLV PAN JAM TRI HAI".split()),
}


def neighbours(owners: set[str], plain: set[str], resolver: TeamResolver) -> set[str]:
    """The one owner sharing the country of at least half the plain names (`Sporting`
    beside Benfica and PSV is Lisbon's; in a round-up naming Real Madrid, Lille, Inter and
    more it is no more Gijón than Lisbon), else a continent; else an empty set (the name
    stays unread)."""
    named = [c for c in (_country(team, resolver) for team in plain) if c is not None]
    countries = set(named)
    if not countries:
        return set()
    same = {team for team in owners if 2 * named.count(_country(team, resolver)) >= len(named)}
    if len(same) == 1:
        return same
    continents = {_continent(country) for country in countries}
    near = {team for team in owners if _continent(_country(team, resolver)) in continents}
    return near if len(near) == 1 else set()


def _country(team_id: str, resolver: TeamResolver) -> str | None:
    team = resolver.teams.get(team_id)
    return team.country if team is not None and team.kind == "club" else None


def _continent(country: str | None) -> str:
    for name, members in _CONTINENTS.items():
        if country in members:
            return name
    return "europe"
