"""`Was nach dem Hinspiel niemand mehr für möglich gehalten hatte ... 3:0-Sieg`,
`after the first leg nobody gave them a chance`: a leg told as a time the result came
after, not as the result's own leg (unless a score follows in its clause: `nach dem
Hinspiel-2:0`, `after the second leg ended 1-0`)."""

from __future__ import annotations

import re

_SINCE = re.compile(r"\b(?:nach dem|seit dem|after the|since the)\s+$", re.I)
_SCORE_NEXT = re.compile(r"[^,.;:–]*?\d")


def since_leg(text: str, start: int, end: int) -> bool:
    """Whether the leg word at start..end names a time after that leg."""
    return bool(_SINCE.search(text, max(0, start - 12), start)) and not _SCORE_NEXT.match(text, end)
