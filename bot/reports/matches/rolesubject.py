"""`Fourth-division amateurs Calais came within a minute ... before losing the final 2-1 to
Nantes`, `Second-division side Norwich City beat Arsenal 2-1`: a team right after a
description without an article (ending in `side`, `amateurs`, ...) that opens the
sentence is its subject; the description's last word is no preposition."""

from __future__ import annotations

import re

_ROLE_NOUNS = frozenset(
    "side team club outfit amateurs minnows strugglers part-timers underdogs newcomers".split()
)
_OPENING = re.compile(
    r"(?:^|[.!?]\s+|\s[-–—]\s+)[A-Z][\w'’-]*(?:[\s-]+[\w'’-]+){0,3}?\s+"
    r"(?:side|team|club|outfit|amateurs|minnows|strugglers|part-timers|underdogs|newcomers)\s+$"
)


def role_opening_subject(text: str, m) -> bool:
    """Whether the team `m` follows a sentence-opening description such as
    `Fourth-division amateurs`."""
    if m.prep.lower() not in _ROLE_NOUNS:
        return False
    return _OPENING.search(text, max(0, m.start - 60), m.start) is not None
