"""`Die Münchner verpassten das 2:0`, `vergaben das mögliche 3:1`: a score a side missed
was never on the board; it is no result (nor a running score that was reached)."""

from __future__ import annotations

import re

MISSED_BEFORE = re.compile(
    r"\b(?:verpasst\w*|vergab\w*|vergeben)\s+(?:\w+\s+)?(?:das|den)\s+(?:mögliche[n]?\s+)?$",
    re.IGNORECASE,
)


def missed(before: str) -> bool:
    tail = before[-60:]
    return ("verpasst" in tail or "vergab" in tail or "vergeben" in tail) and bool(
        MISSED_BEFORE.search(tail)
    )
