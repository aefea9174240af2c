"""Ground of a match at a national-team tournament (World Cup, Euro): one venue
chosen in advance, so neither side is at home unless it is the host nation,
which reports name as such (`host Russia`, `Gastgeber Deutschland`)."""

from __future__ import annotations

import re

from bot.reports.document import Document
from bot.reports.reading import Reading

TOURNAMENTS = frozenset(
    (
        "FIFA World Cup", "UEFA European Championship", "Copa América", "Africa Cup of Nations",
        "AFC Asian Cup", "CONCACAF Gold Cup", "FIFA Confederations Cup", "FIFA Women's World Cup",
        "UEFA Women's Championship",
    )
)  # fmt: skip
_HOST_BEFORE = re.compile(
    r"\b(?:hosts?|host nation|co-hosts?|gastgeber|gastgeberland|ausrichter)\s+(?:the\s+)?$", re.I
)
_HOST_AFTER = re.compile(r"^,?\s+(?:the\s+)?(?:hosts?|host nation|der gastgeber)\b", re.I)


def tournament_ground(doc: Document, r: Reading, competition: str | None, resolver) -> str | None:
    """`neutral`, the host's id when the host plays, or None when this is no
    tournament match between two national teams."""
    if competition not in TOURNAMENTS or r.teams() is None:
        return None
    teams = resolver.teams
    if any(getattr(teams.get(t), "kind", None) != "national" for t in r.teams()):
        return None
    hosts = _hosts(doc)
    playing = [t for t in r.teams() if t in hosts]
    if len(playing) == 1:
        return playing[0]
    return "neutral" if not playing else None


def _hosts(doc: Document) -> set[str]:
    found = doc.cache.get("hosts")
    if found is None:
        found = doc.cache["hosts"] = {
            m.team
            for m in doc.mentions
            if _HOST_BEFORE.search(doc.text, max(0, m.start - 20), m.start)
            or _HOST_AFTER.match(doc.text[m.end : m.end + 25])
        }
    return found
