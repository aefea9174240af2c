"""Which team a found name stands for: people's names dropped, and an ambiguous short
name (`Inter`, `Real`) pinned to a team the text names plainly, or left out."""

from __future__ import annotations

import re

from bot.reports.names.neighbours import neighbours
from bot.reports.names.townclub import town_clubs
from bot.reports.names.townpin import town_owner
from bot.teams.names import normalize
from bot.teams.resolver import TeamResolver


def settle(
    found: list[dict], people: set[str], resolver: TeamResolver, text: str = ""
) -> list[dict]:
    """Drop people's names (`Villa` after `David Villa`, unless it is a club's own
    name); pin ambiguous names to a team named plainly elsewhere."""
    # only a found key's membership is asked: people's names no mention has are passed over
    keys = {f["key"] for f in found}
    people = {key for key in people & keys if not primary(key, resolver)}
    found = [f for f in found if f["key"] not in people]
    moved = town_clubs(found, resolver) if len(found) > 1 else {}
    for f in found if moved else ():
        if len(f["owners"]) == 1 and (other := moved.get(next(iter(f["owners"])))):
            f["owners"] = {other}
    # only an ambiguous name asks which teams are named plainly
    plain = (
        {
            next(iter(f["owners"]))
            for f in found
            if len(f["owners"]) == 1 and not (text and _YEAR_AFTER.match(text, f["end"]))
        }
        if any(len(f["owners"]) > 1 for f in found)
        else set()
    )
    out = []
    for f in found:
        owners = f.pop("owners")
        f.pop("key")
        if len(owners) > 1:
            town = (
                text
                and (" in " in text or " at " in text)
                and town_owner(owners, text, f["end"], resolver)
            )
            named = (owners & plain) or ({town} if town else neighbours(owners, plain, resolver))
            if len(named) > 1 and f.get("prep", "") in _ARTICLES:
                named = _named_just_before(f["start"], named, out, text) or _only_side(named, out)
            owners = named
            if len(owners) != 1:
                continue
        f["team"] = next(iter(owners))
        out.append(f)
    return out


_YEAR_AFTER = re.compile(r"\s+(?:in|im Jahr|back in|anno)\s+(?:18|19|20)\d\d\b")
"""`Tueart's overhead kick against Newcastle in 1976`: a club named in an aside of a year
gone pins no short name (`United`) of the story's own days."""
_ARTICLES = frozenset(("", "the", "die", "der", "den", "dem", "des", "das"))
"""Where a name opens its noun phrase (`die Mailänder`, `City beat ...`), not inside
one (`im ausverkauften Borussia-Park`)."""
_AS_OPPONENT = frozenset(("gegen", "against", "over", "über", "vs", "versus"))
"""A name told as an opponent (`ein 2:0 gegen Newcastle United`) does not pin the short
name a later sentence opens with (`United hatte im Hinspiel ...`): that is the story's side."""
JUST_BEFORE = 300
"""How far back (in characters) a plain name pins an ambiguous one named after it."""


_SENTENCE_BREAK = re.compile(r"[.!?]\s")


def _named_just_before(start: int, owners: set[str], settled: list[dict], text: str) -> set[str]:
    """`Inter Mailand ist schon im Halbfinale. Im Viertelfinale hatten die Mailänder ...`
    in a text naming both Milan clubs: the one of them named last before it, where the
    others were named before that one's sentence (not beside it)."""
    last: dict[str, int] = {}
    for g in settled:
        if g.get("prep", "") in _AS_OPPONENT:
            continue  # `ein 2:0 gegen Newcastle United`: an opponent, not who goes on
        if g["team"] in owners and 0 < start - g["end"] <= JUST_BEFORE:
            last[g["team"]] = g["start"]
    if not last or not text:
        return set()
    best = max(last, key=last.get)
    for team, at in last.items():
        if team != best and not _SENTENCE_BREAK.search(text, at, last[best]):
            return set()
    return {best}


def _only_side(owners: set[str], settled: list[dict]) -> set[str]:
    """`Manchester United ... ein 2:0 gegen Newcastle United ... United hatte im Hinspiel`
    with no holder of the short name named just before it: the one holder named before it
    as a side of its own, where every other was named only as an opponent."""
    sides = {
        g["team"] for g in settled if g["team"] in owners and g.get("prep", "") not in _AS_OPPONENT
    }
    opponents = {g["team"] for g in settled if g["team"] in owners} - sides
    return sides if len(sides) == 1 and opponents == owners - sides else set()


def is_full_name(alias: str, resolver: TeamResolver) -> bool:
    """Whether `alias` is one of a team's own names (`Croatia`), not a short form (`City`)."""
    return primary(normalize(alias), resolver)


def primary(key: str, resolver: TeamResolver) -> bool:
    for team_id in resolver.keys().get(key, ()):
        team = resolver.teams.get(team_id)
        if team and any(normalize(name) == key for name in team.names.values()):
            return True
    return False
