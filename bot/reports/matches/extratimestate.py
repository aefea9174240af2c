"""`the final went to extra time at 2-2`, `ging beim Stand von 2:2 in die Verlängerung`: a
score the match went into extra time at is its state after 90 minutes, not its result."""

from __future__ import annotations

import re

_BEFORE = re.compile(
    r"\b(?:went|go|goes|going|gone|headed|heading|was taken|were taken)\s+(?:in)?to\s+"
    r"extra[- ]time\s+(?:at|with the scores?(?: level)? at|level at|locked at|tied at)\s+$",
    re.I,
)
_AFTER = re.compile(r"^\s*(?:\([^)]{0,12}\)\s*)?in\s+die\s+Verlängerung\b", re.I)
_INTO_BEFORE = re.compile(r"\b(?:beim\s+Stand\s+von|mit\s+einem|mit)\s+$", re.I)


def state_before_extra_time(before: str, after: str) -> bool:
    """Whether the score between `before` and `after` is the one extra time began at."""
    tail = before[-60:]
    if "extra" in tail.lower() and _BEFORE.search(tail):
        return True
    return (
        "Verlängerung" in after[:40]
        and bool(_AFTER.match(after))
        and bool(_INTO_BEFORE.search(tail))
    )
