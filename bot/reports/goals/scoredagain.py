"""`After two minutes ...`, `and again ...`: a timed clause right after a goal that opens
so tells the same scorer's next goal, though it holds no goal word of its own."""

from __future__ import annotations

import re

_TIME_LEAD = re.compile(
    r"\s*(?:after|nach)\s+(?:only\s+|just\s+|nur\s+)?\S+\s+(?:seconds|minutes|Sekunden|Minuten)\b",
    re.I,
)
_AGAIN = re.compile(r"\s*(?:and |und )?(?:again|erneut|wieder|once more)\b", re.I)


def scored_again(text: str) -> bool:
    """Whether the clause opens with a time after the goal before, or with `again`."""
    return bool(_TIME_LEAD.match(text) or _AGAIN.match(text))
