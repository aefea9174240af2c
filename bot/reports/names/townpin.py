"""`a 3-0 win at Sporting in Lisbon`: a name several clubs share (Sporting CP, Sporting
Gijón, Sporting Kansas City) is the one whose town the text names right after it, before
the clubs' countries are asked (a Champions League text naming Real Madrid made Sporting
the Spanish one)."""

from __future__ import annotations

import re

from bot.reports.names.venues import home_by_place
from bot.teams.resolver import TeamResolver

_TOWN_AFTER = re.compile(
    r"\b(?:in|im|at|aus|nach)\s+((?-i:[A-ZÄÖÜ])[\w'’-]+(?:\s(?-i:[A-ZÄÖÜ])[\w'’-]+)?)"
)
_STOP = re.compile(r"[.!?](?:\s|$)|\n")
AFTER = 160
"""How far after the name (in characters) its town may be told: the rest of its
sentence, or of its line and the next sentence where the name stands in a heading
(`SPORTING 2 LILLE 0` / `... opened the scoring in Lisbon`)."""


def town_owner(owners: set[str], text: str, end: int, resolver: TeamResolver) -> str | None:
    """The one owner whose town is named after `end` in the name's own sentence (or, after
    a heading line, the next one); None where no town or several owners fit."""
    stretch = text[end : end + AFTER]
    stop = _STOP.search(stretch)
    if stop is not None:
        if stop.group() == "\n":
            after = _STOP.search(stretch, stop.end() + 1)
            stretch = stretch[: after.start()] if after else stretch
        else:
            stretch = stretch[: stop.start()]
    found = set()
    for m in _TOWN_AFTER.finditer(stretch):
        host = home_by_place(m.group(1), tuple(sorted(owners)), resolver)
        if host in owners:
            found.add(host)
    return next(iter(found)) if len(found) == 1 else None
