"""`where Kimpembe and Mbappe scored in the 53rd and 60th minutes`, `Kimpembe und Mbappé
trafen in der 53. und 60. Minute`: two names joined by `and`, then two minutes joined by
`and` with no name between them, pair in order; the nearer name is not both scorers'."""

from __future__ import annotations

import re

_AND = re.compile(r"\s+(?:and|und)\s+")
_GAP = re.compile(r"[\s,]*(?:(?:and|und)\s*)?")


def respective(text: str, found, minute, minutes):
    """The candidate whose goal `minute` is, where the names and minutes pair in order;
    else None (and the usual choice stands)."""
    if len(minutes) != 2:
        return None
    first, second = sorted(minutes, key=lambda m: (m.start, m.minute or 0))
    if first.start != second.start and not _GAP.fullmatch(text, first.end, second.start):
        if not _and_opens(text, second.start, first.end):
            return None
    named = [c for c in found if c.name and c.eligible]
    if any(first.start <= c.start < max(first.end, second.end) for c in named):
        return None
    before = [c for c in named if c.end <= first.start]
    if len(before) < 2 or not _AND.fullmatch(text, before[-2].end, before[-1].start):
        return None
    return before[-2] if minute is first else before[-1]


def _and_opens(text: str, start: int, gap_start: int) -> bool:
    """`the 53rd` then `and 60th minutes`: the second phrase itself opens with `and`."""
    return not text[gap_start:start].strip() and text.startswith(("and ", "und "), start)
