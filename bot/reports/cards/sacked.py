"""`George Graham ... was dismissed in February`, `dismissed as manager`: a manager let go
by his club, not a player sent off; the word tells no card."""

from __future__ import annotations

import re

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_SACKED = re.compile(
    rf"\s+(?:in (?:{_MONTHS}|the (?:summer|winter|autumn|spring))\b|"
    r"(?:as|from his (?:job|post) as) (?:the )?(?:club's )?(?:manager|coach|head coach|boss)\b|"
    r"by (?:the )?(?:club|board|owners?)\b|from (?:his|the) (?:job|post)\b|"
    r"after \w+ (?:years|months|seasons) in charge\b)"
)


def sacked(cue: re.Match, text: str, offset: int) -> bool:
    """Whether the card word `cue` (of the clause at `offset` of `text`) is `dismissed` in
    a manager's sacking; what follows may run into the next clause (`dismissed as coach`)."""
    if cue.group().lower() != "dismissed":
        return False
    return _SACKED.match(text, offset + cue.end()) is not None
