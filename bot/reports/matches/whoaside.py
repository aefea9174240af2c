"""`Chelsea, who had built a 3-1 lead at Anfield last Wednesday, drew 4-4`, `Bayern, die
am Samstag in Mainz 2:0 gewonnen hatten, ...`: a place or a day inside a relative clause
that leaves out the score belongs to what that clause tells, not to the result."""

from __future__ import annotations

import re

_WHO = re.compile(r",\s+(?:who|which|der|die|das|dessen|deren)\s[^,;]*,")


def in_who_aside(text: str, at: int, score_at: int) -> bool:
    """Whether offset `at` of the sentence lies in such a relative clause without the score
    at `score_at`."""
    return ", " in text and apart_from_score(_WHO, text, at, score_at)


def apart_from_score(pattern: re.Pattern, text: str, at: int, score_at: int) -> bool:
    """Whether a match of `pattern` in `text` holds offset `at` and not `score_at`."""
    for m in pattern.finditer(text):
        if m.start() <= at < m.end() and not m.start() <= score_at < m.end():
            return True
    return False
