"""A first-leg deficit the subject turned around is a leg it lost, whatever the verb
of the clause before says: `gewannen das Rückspiel mit 3:1 und drehten damit das 0:1
aus dem Hinspiel`, `das 0:2 aus dem Hinspiel wettgemacht`, `overturning a 1-0 deficit
from the first leg`, `overturned a 2-0 first-leg deficit`, `drehten in Lissabon einen
0:1-Rückstand aus dem Hinspiel` (the ground of the turn between verb and deficit), `in
Paris drehte Frankreich ein 0:2 aus dem Hinspiel` (the subject after the verb)."""

from __future__ import annotations

import re

_TURNED_BEFORE = re.compile(
    r"\b(?:drehte[n]?|gedreht|wettgemacht|wettmachte[n]?|aufgeholt|holte[n]?\s+\w+\s+auf|"
    r"overturn(?:ed|ing)?|overc(?:a|o)m(?:e|ing)|erase[ds]?|erasing|wip(?:ed|ing)\s+out|"
    r"turn(?:ed|ing)\s+around|recover(?:ed|ing)\s+from)\s+"
    r"(?:(?:damit|noch|sogar|also|even)\s+)?(?:(?:in|im|at|in the)\s+[A-ZÄÖÜ][\w-]+\s+)?"
    r"(?:(?:der|die|das)\s+)?(?-i:(?:[A-ZÄÖÜ][\w.-]*\s+){0,3}?)(?:(?:damit|noch|sogar)\s+)?"
    r"(?:das|den|ein(?:en)?|a|an|their|its)\s*$",
    re.I,
)
_LEG_AFTER = re.compile(
    r"(?:-\w+)?\s*(?:aus dem Hinspiel|im Hinspiel|(?:first-leg\s+)?deficit from the first leg|"
    r"first-leg deficit|deficit in the first leg|defeat from the first leg|"
    r"first-leg defeat)\b",
    re.I,
)


_TURNED_AFTER = re.compile(
    r"(?:-\w+)?\s*aus dem Hinspiel\s+(?:\w+\s+){0,2}?"
    r"(?:wettgemacht|gedreht|aufgeholt|egalisiert|wettzumachen|zu drehen)\b",
    re.I,
)
_OBJECT_BEFORE = re.compile(r"\b(?:das|den)\s*$", re.I)


def turned_deficit(text: str, start: int, end: int) -> bool:
    """Whether the score at start..end is a first-leg deficit the subject turned."""
    # _TURNED_AFTER matches only where _LEG_AFTER does (its `aus dem Hinspiel` and then a
    # space is one of _LEG_AFTER's, after the same prefix): where that fails, neither does.
    if not _LEG_AFTER.match(text, end):
        return False
    if _TURNED_BEFORE.search(text, max(0, start - 50), start):
        return True
    return bool(
        _TURNED_AFTER.match(text, end) and _OBJECT_BEFORE.search(text, max(0, start - 8), start)
    )


def turn_of(text: str, r, readings, at: int):
    """`drehten in Lissabon einen 0:1-Rückstand aus dem Hinspiel ... mit einem 5:2`: a
    place told before a turned first-leg deficit is where the turn was played, the
    sentence's other result of the pair; any other place stays with `r`."""
    if r is None or at >= r.hit.start or not turned_deficit(text, r.hit.start, r.hit.end):
        return r
    pair = set(r.teams() or ())
    turns = [x for x in readings if x is not r and pair and set(x.teams() or ()) == pair]
    return turns[0] if len(turns) == 1 else None
