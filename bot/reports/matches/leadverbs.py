"""A lead told with its verb after the score (`hatte Real bereits mit 3:1 geführt, ehe`,
`als Bayern 2:0 führte,`, `Real had been 3-1 up`) is a running score, not a result:
read as one it makes a match of a lead the other side overturned."""

from __future__ import annotations

import re

from bot.reports.text.holdsany import holds_any

_LED_AFTER = re.compile(
    r"\s*(?:geführt|in Führung gelegen|vorne? gelegen)\b|"
    r"\s*(?:führte|führten|führt|lag|lagen) ?(?=[,;.–—]|$)",
    re.IGNORECASE,
)
_UP_AFTER = re.compile(r"\s+up\b(?!\s+(?:to|for|against|with)\b)", re.IGNORECASE)
_BE_BEFORE = re.compile(r"\b(?:were|was|been|being|are|is|went|go|goes|going)\s+$", re.I)
_KEYS = ("führ", "lag", "gelegen")


def led_after(before: str, after: str, suffix: str) -> bool:
    """Whether the words right after a score (a bare one, no `-Sieg`) say a side led by it."""
    if suffix:
        return False
    head = after[:24]
    low = head.lower()
    if holds_any(low, _KEYS) and _LED_AFTER.match(head):
        return True
    return "up" in low and _UP_AFTER.match(head) is not None and bool(_BE_BEFORE.search(before))
