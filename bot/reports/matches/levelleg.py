"""`The semi-final was level at 1-1 after the first leg at the Nou Camp`, `Nach dem
Hinspiel stand es 2:2`: a tie level after its first leg stood at that leg's result, so
the score is the first leg's, not a running score of a match."""

from __future__ import annotations

import re

from bot.reports.patterns.keyed import Keyed

_LEVEL_BEFORE = Keyed(
    re.compile(r"\b(?:level(?:led|ed)? at|all square at)\s*$", re.I), "level|square"
)
_AFTER_FIRST_LEG = re.compile(r"\s+after the (?:first|opening) leg\b", re.I)
_STAND_BEFORE = Keyed(re.compile(r"\bnach dem Hinspiel\s+stand es\s*$", re.I), "hinspiel")
"""Every match of these holds `level` or `square`, or `hinspiel` (case aside): a text
whose lower case holds none cannot match (Keyed still searches texts where lower() and
re.I disagree, as `ſ` for `s`)."""


def level_after_first_leg(before: str, after: str) -> bool:
    """Whether the score is a tie's level state told as after its first leg."""
    if _LEVEL_BEFORE.search(before[-30:]) and _AFTER_FIRST_LEG.match(after):
        return True
    return _STAND_BEFORE.search(before[-40:]) is not None
