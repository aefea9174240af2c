"""Names a report uses for a known team that the resolver did not hold yet:
`Spurs`-style short forms written next to the full name, e.g. `Tottenham
Hotspur (Spurs)` or `Paris Saint-Germain (PSG)`, learned for later queries.

A bracket after a team more often holds something else (`Czech Republic (Old Trafford)`,
`AC Milan (AP)`, `Kaiserslautern (Fritz-Walter-Stadion)`), and a wrong alias would make
that ground or agency a side in every later report, so only a short form that comes from
the team's own names is learned: its initials, or a run of four letters of a name."""

from __future__ import annotations

import re

from bot.facts import LearnedAlias
from bot.reports.names.initialsof import initials
from bot.reports.text.document import Document
from bot.reports.text.holdsany import holds_any
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
    if "(" not in doc.text:
        return out  # each match holds a bracket: one C scan instead of a call a mention
    for mention in doc.mentions:
        window = doc.text[mention.end : mention.end + 40]
        found = _BRACKET.match(window) if "(" in window else None
        if not found:
            continue
        alias = found.group("alias").strip()
        key = normalize(alias)
        if not key or key in _GENERIC or key.isdigit() or resolver.exact(alias) or key in seen:
            continue
        if len(alias.split()) > 3 or _GROUND.search(alias):
            continue
        if not _from_names(alias, mention.team, resolver):
            continue
        seen.add(key)
        out.append(
            LearnedAlias(
                mention.team, alias, doc.lang, doc.text[mention.start : found.end() + mention.end]
            )
        )
    return out


def _from_names(alias: str, team: str, resolver: TeamResolver) -> bool:
    """`PSG` (initials of `Paris Saint-Germain`), `RSCA` (`RSC Anderlecht`), `Cityzens`
    (four letters of `Manchester City`): a short form made from one of the team's names."""
    known = resolver.teams.get(team)
    if known is None:
        return False
    names = [*known.names.values(), *(a.alias for a in resolver.aliases if a.team == team)]
    letters = normalize(alias).replace(" ", "")
    runs = {letters[i : i + 4] for i in range(len(letters) - 3)}
    plain = alias.replace(".", "")
    for name in names:
        if plain.isupper() and plain == initials(name):
            return True
        key = normalize(name).replace(" ", "")
        if holds_any(key, runs):
            return True
    return False
