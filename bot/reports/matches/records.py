"""`England's previous best World Cup win was 3-0`, `Die höchste Niederlage der
Vereinsgeschichte war ein 0:9`: a record told as a score is no match of the report."""

from __future__ import annotations

import re

from bot.reports.patterns.keyed import Keyed

_RECORD_BEFORE = Keyed(
    re.compile(
        r"\b(?:previous|biggest|best|record|largest|heaviest|worst|highest|höchste[nr]?|"
        r"bisherige[nr]?|größte[nr]?|schwerste[nr]?)\b[^.;:]{0,40}?"
        r"\b(?:win|victory|defeat|loss|margin|scoreline|Sieg|Niederlage|Erfolg|Pleite)\b"
        r"[^.;:]{0,30}?\b(?:was|is|had been|remains|war|ist|lautete|bleibt)\s+(?:a\s+|an\s+|"
        r"ein\s+|das\s+|the\s+)?$",
        re.I,
    ),
    "previous|biggest|best|record|largest|heaviest|worst|highest|höchste|bisherige|größte|"
    "schwerste",
)
"""Asked of every result: most sentences hold none of the record words."""


def record_score(text: str, at: int) -> bool:
    """Whether the score at `at` is told as a record (what some best or worst result
    `was`), not as a match played."""
    return _RECORD_BEFORE.search(text, max(0, at - 100), at) is not None
