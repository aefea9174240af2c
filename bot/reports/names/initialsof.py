"""A club's initials (`der FCB`, `der FCK`) stand for the club the story names whose
name they are made from, not for the club the curated list gives them to (Bayern,
Kaiserslautern) where that club is not otherwise in the story; for neither where both are."""

from __future__ import annotations

import re
from dataclasses import replace


def initials_of_named(mentions: list) -> list:
    """`Für den FCB endete die Reise` in a story of FC Basel: Basel, not Bayern."""
    short = [len(m.alias) <= 5 and m.alias.isupper() and len(m.alias) > 1 for m in mentions]
    if not any(short):
        return mentions
    named: dict[str, set[str]] = {}
    for m, initial in zip(mentions, short, strict=True):
        if not initial:
            named.setdefault(m.team, set()).add(m.alias)
    out = []
    for m, initial in zip(mentions, short, strict=True):
        if initial:
            owners = [team for team, aliases in named.items() if _made_of(m.alias, aliases)]
            if m.team in named and any(team != m.team for team in owners):
                continue  # `der FCB` in a story of both FC Basel and FC Bayern: either
            if m.team not in named and len(owners) == 1:
                m = replace(m, team=owners[0])
        out.append(m)
    return out


def _made_of(short: str, aliases: set[str]) -> bool:
    """Made from a name the story writes in full (`FC Basel`), not from a town (`Köln`)."""
    return any(" " in name and initials(name) == short for name in aliases)


def initials(name: str) -> str:
    """`Paris Saint-Germain` -> `PSG`, `RSC Anderlecht` -> `RSCA`, `Olympique de
    Marseille` -> `OM`: a word in capitals whole, a lower-case particle not at all."""
    out = []
    for word in re.split(r"[\s-]+", name):
        if word.isupper():
            out.append(word)
        elif word[:1].isupper():
            out.append(word[0])
    return "".join(out)
