"""Away goals named as what settled a tie (`went through on away goals`) tell how a level
aggregate was decided; named as not counting (`with no away-goals rule`), they tell nothing."""

from __future__ import annotations

import re

from bot.reports.patterns.keyed import Keyed
from bot.reports.patterns.spots import Folded

AWAY_GOALS = Keyed(
    re.compile(r"\b(?:away[- ]goals?(?: rule| tiebreaker)?|auswärtstor\w*)", re.IGNORECASE),
    "away|auswärtstor",
)
_NO_AWAY_GOALS = Folded(
    re.compile(
        r"\b(?:no|without|ohne|keine?n?)\s+(?:\w+\s+)?(?:away[- ]goals?|auswärtstor\w*)|"
        r"\b(?:away[- ]goals?(?: rule)?|auswärtstorregel)\s+(?:(?:does|did|do|was|were|is|"
        r"gilt|galt|zählt|zählte|zählen|zählten)\s+(?:not|nicht)|no longer|nicht mehr)\b",
        re.IGNORECASE,
    )
)
"""`with no away-goals rule in the final, it went to penalties`: away goals named as not
counting decided nothing."""


def away_goals_named(text: str) -> bool:
    """Whether the text names away goals as counting (not `no away-goals rule`)."""
    return AWAY_GOALS.search(text) is not None and _NO_AWAY_GOALS.search(text) is None
