"""`Schweden reist nach dem 1:0 in Solna mit einem Vorsprung zum Rückspiel nach Mailand`,
`Celtic take a 2-0 win into the second leg`: a second leg told as where a side goes
next is the leg to come, so a result the sentence tells beside it is the first leg."""

from __future__ import annotations

import re

_AHEAD = re.compile(
    r"\b(?:zum|ins|in das|vor dem|for the|into the|ahead of the|before the|"
    r"(?:muss|müssen|must|needs? to|has to|have to)\s+(?:\w+\s+)?(?:im|in the))\s+$",
    re.I,
)
_LATER = re.compile(
    r"\s+(?:(?:am\s+)?(?:kommende[nr]?|nächste[nr]?)\s+(?:Woche|\w+tag)|next\s+(?:week|\w+day)|"
    r"in\s+(?:einer|zwei|a|one|two)\s+(?:Woche|weeks?)n?)\b",
    re.I,
)
"""`muss im Rückspiel kommende Woche ein Wunder schaffen`, `the second leg next week`: a
leg still to come, by a modal verb before it or a time ahead after it."""
_NEXT_SCORE = re.compile(r"[^,.;:–]*?\d{1,2}\s?[-:–]\s?\d{1,2}")


def leg_ahead(text: str, start: int, end: int) -> bool:
    """Whether the leg word at start..end is the leg a side goes into next (no score of
    its own follows in its clause: `into the second leg, which ended 1-1` tells one)."""
    if not _AHEAD.search(text, max(0, start - 24), start) and not _LATER.match(text, end):
        return False
    return _NEXT_SCORE.match(text, end) is None
