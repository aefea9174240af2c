"""A deficit a side still has to overturn (`AC Milan must overturn a 1-0 first-leg defeat by
Feyenoord at San Siro`) may name the ground of the leg to come rather than of the score, so
such a place tells no home side. German puts the place inside the noun phrase (`ein 1:4 aus
dem ersten Duell in San Siro aufholen`), where it is the score's, so it is not asked."""

from __future__ import annotations

import re

_OVERTURN = re.compile(
    r"\b(?:must|need to|needs to|have to|has to|will have to|will need to|hope to|hopes to)"
    r"\s+(?:\w+\s+){0,2}?(?:overturn|turn around|turn round)\b",
    re.I,
)


def deficit_ahead(text: str, place_at: int, score_end: int) -> bool:
    """Whether a place at `place_at`, after a score ending at `score_end`, follows a verb that
    tells the score as a deficit still to overturn."""
    if place_at < score_end or "turn" not in text:
        return False
    return any(m.end() <= score_end for m in _OVERTURN.finditer(text, 0, score_end))
