"""A clause that is only the ground the story is set at (`At Parc des Princes in Paris`,
`Im Stade de France`, `In Estadio Azteca`): its capitalised words are a place, never the
subject a later goal clause takes its scorer from."""

from __future__ import annotations

import re

_CAP = r"[^\W\d_a-zß-ÿ][\w'’.-]*"
_LINK = r"(?:de|des|du|del|della|di|do|da|dos|la|le|of|the|am|an|der)"
VENUE_LEAD = re.compile(
    rf"\s*(?:At|In|Im|Beim|Bei|Auf)\s+(?:(?:the|dem|der)\s+)?{_CAP}(?:\s+(?:{_LINK}\s+)*{_CAP})*"
    rf"(?:\s+(?:in|im|at)\s+{_CAP}(?:\s+{_CAP})*)?\s*[,.]?\s*"
)


def venue_only(text: str) -> bool:
    """True where the clause is nothing but a venue phrase."""
    return VENUE_LEAD.fullmatch(text) is not None
