"""A score the match itself is the subject of (`Das Spiel im Giuseppe-Meazza-Stadion
endete 0:1`, `Die Partie in Getafe ging 1:2 aus`) is told home side first, whichever
team the story is about."""

from __future__ import annotations

import re

_MATCH_SUBJECT = re.compile(
    r"^\s*(?:(?:Das|Dieses)\s+(?:Spiel|Match|Duell|Rückspiel|Hinspiel)|"
    r"(?:Die|Diese)\s+(?:Partie|Begegnung))\b"
    r"[^,;:]{0,60}?\b(?:endete|ging)\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)


def told_home_first(told: str) -> bool:
    """Whether the words before a score make the match its subject."""
    return _MATCH_SUBJECT.search(told) is not None


def home_first(r) -> None:
    """Give the score's first number to the home side of a reading so told."""
    if "home-first" in r.notes and r.home == r.o and r.p is not None:
        r.p, r.o = r.o, r.p
