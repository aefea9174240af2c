"""`Nach einem Konter über Y traf der Stürmer zum 2:0`: the one a counter or move ran
through set the goal up; a scorer read as him (by name or by a describing word) is not
known, so the goal keeps no scorer rather than a wrong one."""

from __future__ import annotations

import re

from bot.reports.patterns.alternations import lead

_MOVE_THROUGH = lead(
    re.compile(r"\b(?:Konter|Gegenstoß|Angriff|Kombination|Spielzug)\s+(?:\w+\s+)?über\s+$"),
    always=True,
)


def moved_through(text: str, found, name: str | None, full_name) -> bool:
    """Whether `name` is one a move ran through, named right after `Konter über`."""
    if not name:
        return False
    for candidate in found:
        if not candidate.name or full_name(candidate.name) != name:
            continue
        if _MOVE_THROUGH.search(text[max(0, candidate.start - 40) : candidate.start]):
            return True
    return False
