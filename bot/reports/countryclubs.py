"""`Paraguay's Olimpia`, `Mexikos Club Tijuana`: a country named as the owner of the
next name is no team in the result; it says which country's club an ambiguous name is."""

from __future__ import annotations

import re

from bot.teams.resolver import TeamResolver

_POSSESSIVE_GAP = re.compile(r"['’]s ")


def club_of_country(text: str, found: list[dict], resolver: TeamResolver) -> list[dict]:
    """`Paraguay's Olimpia`, `Mexikos Club Tijuana`: a country owning the next name
    is no team of its own; it says which country's club an ambiguous name is."""
    out: list[dict] = []
    for j, f in enumerate(found):
        nxt = found[j + 1] if j + 1 < len(found) else None
        if nxt is None or len(f["owners"]) != 1:
            out.append(f)
            continue
        nation = resolver.teams.get(next(iter(f["owners"])))
        gap = text[f["end"] : nxt["start"]]
        owned = _POSSESSIVE_GAP.fullmatch(gap) or (f["genitive"] and gap in (" ", "s "))
        if nation is None or nation.kind != "national" or not owned:
            out.append(f)
            continue
        clubs = {
            t
            for t in nxt["owners"]
            if getattr(resolver.teams.get(t), "country", None) == nation.country
        }
        if clubs:
            nxt["owners"] = clubs
            nxt["prep"] = f["prep"]
        else:
            out.append(f)
    return out
