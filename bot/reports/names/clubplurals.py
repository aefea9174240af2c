"""`Das Hinspiel in Madrid hatten die Spanier gewonnen`, `the Spaniards won`: in a story
about clubs, a nationality word stands for the one club of that country named just
before it; with two such clubs near, or a national team in the story, it stays open."""

from __future__ import annotations

import re

from bot.teams.resolver import TeamResolver

REACH = 400
"""How far back (in characters) the club the word stands for must be named."""
_NOUN_AFTER = re.compile(
    r"\s+(?:team|side|club|squad|outfit|champions|giants|players|fans|coach|defen[cs]e|"
    r"mannschaft|elf|fans|spieler)\b",
    re.I,
)
"""`the Dutch team`: an adjective before a noun, which the sentence may make anyone's."""


def club_plurals(
    text: str, found: list[dict], resolver: TeamResolver, plurals: list, plural_team: dict
) -> list[dict]:
    """The club each nationality word of `plurals` (matches in `text`) stands for."""
    out = []
    for m in plurals:
        nation = resolver.teams.get(plural_team[m.group("word").lower()])
        if nation is None or _NOUN_AFTER.match(text, m.end()):
            continue
        near = {
            f["team"]
            for f in found
            if 0 < m.start() - f["end"] <= REACH
            and getattr(resolver.teams.get(f["team"]), "country", None) == nation.country
            and resolver.teams[f["team"]].kind == "club"
        }
        if len(near) != 1:
            continue
        start = m.start("word")
        out.append(
            {
                "start": start,
                "end": m.end(),
                "team": near.pop(),
                "alias": text[start : m.end()],
                "genitive": False,
                "prep": m.group("art").lower(),
            }
        )
    return out
