"""Names a report uses for a known team that the resolver did not hold yet:
`Spurs`-style short forms written next to the full name, e.g. `Tottenham
Hotspur (Spurs)` or `Paris Saint-Germain (PSG)`, learned for later queries."""

from __future__ import annotations

import re

from bot.facts import LearnedAlias
from bot.reports.text.document import Document
from bot.teams.names import normalize
from bot.teams.resolver import TeamResolver

_BRACKET = re.compile(r"^\s*\((?P<alias>[A-ZÄÖÜ][\w.&' -]{1,30})\)")
_GENERIC = frozenset("fc cf sc ac the der die das club team".split())
_GROUND = re.compile(
    r"(?i:stadium|stadion|arena|park|ground|stade|estadio|estádio|stadio)\b|"
    r"(?i:stadion|arena)$"
)
"""`Al-Rayyan (Khalifa International Stadium)`: a ground after a town's name (here also a
club's) says where a game was played; it is no name of the club."""


def learn_aliases(doc: Document, resolver: TeamResolver) -> list[LearnedAlias]:
    """`Full Name (Short)` right after a mention teaches `Short` for that team."""
    out: list[LearnedAlias] = []
    seen: set[str] = set()
    for mention in doc.mentions:
        found = _BRACKET.match(doc.text[mention.end : mention.end + 40])
        if not found:
            continue
        alias = found.group("alias").strip()
        key = normalize(alias)
        if not key or key in _GENERIC or key.isdigit() or resolver.exact(alias) or key in seen:
            continue
        if len(alias.split()) > 3 or _GROUND.search(alias):
            continue
        seen.add(key)
        out.append(
            LearnedAlias(
                mention.team, alias, doc.lang, doc.text[mention.start : found.end() + mention.end]
            )
        )
    return out
