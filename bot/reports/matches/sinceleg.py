"""`Was nach dem Hinspiel niemand mehr für möglich gehalten hatte ... 3:0-Sieg`,
`after the first leg nobody gave them a chance`: a leg told as a time the result came
after, not as the result's own leg (unless a score follows in its clause: `nach dem
Hinspiel-2:0`, `after the second leg ended 1-0`)."""

from __future__ import annotations

import re

_SINCE = re.compile(r"\b(?:nach dem|seit dem|after the|since the)\s+$", re.I)
_SCORE_NEXT = re.compile(r"[^,.;:–]*?(?:\d|\b(?:goalless|scoreless|torlos))")
_CARRIED = re.compile(
    r"(?:\b(?:trailing|leading|down|up|behind|ahead)\s+(?:by\s+)?\d{1,2}\s?[-:–]\s?\d{1,2}|"
    r"\d{1,2}:\d{1,2}-(?:Rückstand|Vorsprung|Polster))\s+(?:from the|aus dem)\s+$",
    re.I,
)
"""`trailing 3-1 from the first leg, Fulham beat Juventus 4-1`: the score carried
from that leg, which is not the leg of the result told next."""


def since_leg(text: str, start: int, end: int) -> bool:
    """Whether the leg word at start..end names a time after that leg, or the score
    carried from it."""
    if _CARRIED.search(text, max(0, start - 40), start):
        return True
    since = _SINCE.search(text, max(0, start - 12), start)
    return bool(since) and not _SCORE_NEXT.match(text, end)
