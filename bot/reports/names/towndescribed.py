"""A side told by what it is and where it is from (`Der Finalgegner aus Bergamo`, `der
Titelverteidiger aus Manchester`, `the holders from Madrid`): the one team the text
names elsewhere whose town that is. With two such teams (Manchester City and United),
or none, it stays open."""

from __future__ import annotations

import re

from bot.reports.names.venues import home_by_place
from bot.teams.resolver import TeamResolver

_SIDE_NOUNS_DE = (
    "Finalgegner|Endspielgegner|Halbfinalgegner|Viertelfinalgegner|Achtelfinalgegner|Gegner|"
    "Titelverteidiger|Meister|Rekordmeister|Vizemeister|Pokalsieger|Titelträger|Klub|Club|"
    "Verein|Gastgeber|Gäste|Mannschaft|Team|Elf|Rivale|Rivalen|Tabellenführer|Spitzenreiter|"
    "Aufsteiger|Favorit|Favoriten|Außenseiter"
)
_SIDE_NOUNS_EN = (
    "side|team|club|champions|holders|visitors|hosts|opponents|finalists|outfit|giants|"
    "leaders|rivals|favourites|underdogs"
)
_FROM_TOWN = re.compile(
    r"\b(?P<art>[Dd]er|[Dd]ie|[Dd]as|[Dd]en|[Dd]em|[Tt]he)\s+"
    r"(?P<noun>(?:" + _SIDE_NOUNS_DE + r")|(?:" + _SIDE_NOUNS_EN + r"))\s+"
    r"(?:aus|from)\s+(?P<town>[A-ZÄÖÜ][\w'’-]+(?:\s+[A-ZÄÖÜ][\w'’-]+)?)\b"
)
_GATE = re.compile(r"\s(?:aus|from)\s+[A-ZÄÖÜ]")


def town_described(text: str, found: list[dict], resolver: TeamResolver) -> list[dict]:
    """Mention dicts (as names.mentions makes them) for `der Finalgegner aus Bergamo`."""
    if not _GATE.search(text):
        return []
    named = {f["team"] for f in found}
    out = []
    for m in _FROM_TOWN.finditer(text):
        town = m.group("town")
        owners = {t for t in named if home_by_place(town, (t, ""), resolver) == t}
        if len(owners) != 1:
            continue
        start = m.start("noun")
        out.append(
            {
                "start": start,
                "end": m.end(),
                "team": owners.pop(),
                "alias": text[start : m.end()],
                "genitive": False,
                "prep": m.group("art").lower(),
            }
        )
    return out
