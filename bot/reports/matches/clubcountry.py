"""`beating Pohang Steelers of South Korea 2-0`, `Ajax of the Netherlands`,
`Urawa Red Diamonds aus Japan`: a
country right after a club, joined by `of`/`aus`, tells where the club is from; it is no
side of the result."""

from __future__ import annotations

import re

_JOIN = re.compile(r"\s+(?:of|aus)\s+(?:(?:the|den|der|dem)\s+)?")
_PREPS = frozenset(("of", "aus", "the", "den", "der", "dem"))


def club_country(doc, before, mention) -> bool:
    """Whether `mention` is a country told as the home of the club named right before."""
    if mention.prep not in _PREPS or not _JOIN.fullmatch(doc.text, before.end, mention.start):
        return False
    teams = doc.resolver.teams if doc.resolver is not None else {}
    club, country = teams.get(before.team), teams.get(mention.team)
    return (
        club is not None
        and country is not None
        and club.kind == "club"
        and country.kind == "national"
    )
