"""`Nach dem 0:1 an der Stamford Bridge gewann die Mannschaft von Rafael Benítez an der
Anfield Road mit 1:0`, `After the 0-1 in Porto, ...`: a place right after a score told in
a `Nach dem` / `after the` phrase is where that score was played, not the ground of the
clause's own result."""

from __future__ import annotations

import re

_SCORE_PHRASE = re.compile(
    r"\b(?:[Nn]ach|[Tt]rotz|[Aa]fter|[Dd]espite)\s+(?:dem|des|einem|the|a)\s+"
    r"\d{1,2}\s?[:–-]\s?(?P<end>\d{1,2})\s+$"
)


def after_told_score(text: str, at: int, own_hit_end: int) -> bool:
    """Whether the place at `at` (sentence offset) follows a `Nach dem 0:1` phrase
    whose score is not the reading's own (ending at `own_hit_end`)."""
    found = _SCORE_PHRASE.search(text, max(0, at - 30), at)
    return found is not None and found.end("end") != own_hit_end
