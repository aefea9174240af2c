"""`Die Niederländer feierten die Revanche für das Hinspiel: Im März hatte die DFB-Elf
in Amsterdam ... mit 3:2 gewonnen`: a main clause after a colon that opens with a short
adverbial and its finite verb has its subject right after the verb; the team before
the colon is the subject of another clause."""

from __future__ import annotations

import re

_COLON_INVERTED = re.compile(
    r":\s+(?:Im|In|Am|An|Vor|Nach|Schon|Bereits|Damals|Zuvor|Dabei|Danach)\b"
    r"(?:\s+[\w.]+){0,3}?\s+"
    r"(?:hatte|hatten|hat|haben|war|waren|ist|sind|gewann|gewannen|verlor|verloren|"
    r"siegte|siegten|unterlag|unterlagen|schlug|schlugen|besiegte|besiegten)\s+"
    r"(?:(?:der|die|das|den)\s+)?(?=[A-ZÄÖÜ])"
)


def colon_inverted_subject(text: str, clause_start: int, hit, clause_people) -> str | None:
    """The team right after the finite verb of such a clause before the score, else None."""
    found = None
    for each in _COLON_INVERTED.finditer(text, clause_start, hit.start):
        found = each
    if found is None:
        return None
    after = [m for m in clause_people if found.end() <= m.start < hit.start]
    return after[0].team if after and after[0].start == found.end() else None
