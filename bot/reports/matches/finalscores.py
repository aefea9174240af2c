"""Scores worded as running ones that are the final result: `zum 1:1 (0:0)`, a level
score with a lower half-time score after it, and `Am Ende aber stand ein 3:2 n.V. (2:0,
0:0)`."""

from __future__ import annotations

import re

from bot.reports.patterns.spots import Folded

_HALFTIME_AFTER = re.compile(r"^\s*\((\d{1,2}):(\d{1,2})\)")
_FINAL_BEFORE = re.compile(r"\b(?:zum|zur)\s*$", re.IGNORECASE)


def final_with_halftime(before: str, after: str, first: int, second: int) -> bool:
    """`zum 1:1 (0:0)`: a levelling score followed by a lower half-time score in
    parentheses is the final result, not a running score (those carry a minute).
    Only draws: a decided `zum 1:2` is home-first, which the orienting does not know."""
    ht = _HALFTIME_AFTER.match(after)
    if not ht or not _FINAL_BEFORE.search(before[-10:]):
        return False
    a, b = int(ht.group(1)), int(ht.group(2))
    return first == second and a <= first and b <= second and (a, b) != (first, second)


_STOOD_AT_THE_END = Folded(
    re.compile(
        r"\b(?:am ende|am schluss|zum schluss|letztlich|schließlich)\b[^.;:]{0,20}\bstand\s+"
        r"(?:ein|es)?\s*$",
        re.IGNORECASE,
    )
)
_FINAL_NOTES_AFTER = re.compile(
    r"^\s*(?:n\.\s?V\.|nach Verlängerung|i\.\s?E\.)?\s*\(\d{1,2}:\d{1,2}(?:,\s*\d{1,2}:\d{1,2})?\)"
)


def stood_at_the_end(before: str, after: str) -> bool:
    """`Am Ende aber stand ein 3:2 n.V. (2:0, 0:0)`: what stood at the end, with the
    half-time score after it, is the result."""
    return bool(_STOOD_AT_THE_END.search(before[-60:]) and _FINAL_NOTES_AFTER.match(after))
