"""Which team a found name stands for: people's names dropped, and an ambiguous short
name (`Inter`, `Real`) pinned to a team the text names plainly, or left out."""

from __future__ import annotations

from bot.reports.names.neighbours import neighbours
from bot.teams.names import normalize
from bot.teams.resolver import TeamResolver


def settle(found: list[dict], people: set[str], resolver: TeamResolver) -> list[dict]:
    """Drop people's names (`Villa` after `David Villa`, unless it is a club's own
    name); pin ambiguous names to a team named plainly elsewhere."""
    people = {key for key in people if not primary(key, resolver)}
    found = [f for f in found if f["key"] not in people]
    plain = {next(iter(f["owners"])) for f in found if len(f["owners"]) == 1}
    out = []
    for f in found:
        owners = f.pop("owners")
        f.pop("key")
        if len(owners) > 1:
            owners = (owners & plain) or neighbours(owners, plain, resolver)
            if len(owners) != 1:
                continue
        f["team"] = next(iter(owners))
        out.append(f)
    return out


def is_full_name(alias: str, resolver: TeamResolver) -> bool:
    """Whether `alias` is one of a team's own names (`Croatia`), not a short form (`City`)."""
    return primary(normalize(alias), resolver)


def primary(key: str, resolver: TeamResolver) -> bool:
    for team_id in resolver.keys().get(key, ()):
        team = resolver.teams.get(team_id)
        if team and any(normalize(name) == key for name in team.names.values()):
            return True
    return False
