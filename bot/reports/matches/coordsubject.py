"""A team that opens a later coordinated main clause (`reichte das nach dem 0:4-Debakel im
Hinspiel nicht, doch die Münchner verabschiedeten sich ...`, `... after the 0-4 rout in
the first leg, but Bayern bowed out with dignity`) is that clause's subject, told of
itself, not the opponent of a score whose own clause names no team. (Where the score's
clause has a subject, `Germany won 1-0 in Moscow, and Russia must go into the playoffs`,
the team after `and` may well be the opponent.)"""

from __future__ import annotations

import re

_OPENS_COORDINATED = re.compile(
    r"[,;]\s+(?:doch|aber|und|denn|jedoch|but|and|yet)\s+(?:(?:der|die|das|the)\s+)?$", re.I
)
_KEYS = (", doch ", ", aber ", ", und ", ", denn ", ", jedoch ", ", but ", ", and ", ", yet ")


def opens_coordinated_clause(sentence, hit, mention) -> bool:
    """Whether `mention`, told after the score, opens a coordinated main clause."""
    if mention.start < hit.end:
        return False
    text = sentence.text
    if not any(key in text for key in _KEYS):  # the cheap test first
        return False
    rel = mention.start - sentence.start
    return _OPENS_COORDINATED.search(text, max(0, rel - 20), rel) is not None
