"""`United arrived fresh from winning the Carabao Cup a week earlier`, `gewann den
DFB-Pokal eine Woche zuvor`: a competition told as something a side did before the
match, which is not where the match was played."""

from __future__ import annotations

import re

from bot.reports.text.holdsany import holds_any

_KEYS = ("fresh", "earlier", "before", "ago", "zuvor", "vorher", "vor ", "vorwoche")
"""Each cue below holds one of these: most competitions are named without any."""
_FRESH_FROM = re.compile(
    r"\b(?:fresh (?:from|off)|frisch (?:vom|von|nach))\s+(?:\w+\s+){0,3}?$", re.IGNORECASE
)
_TIME_EARLIER = re.compile(
    r"[\w\s-]{0,12}?\s(?:(?:a|one|two|three|four|\d{1,2}) (?:days?|weeks?|months?) "
    r"(?:earlier|before|ago)|(?:eine|einer|zwei|drei|vier|\d{1,2}) (?:Tage?n?|Wochen?|Monate?n?) "
    r"(?:zuvor|vorher)|vor (?:einer|zwei|drei|vier|\d{1,2}) (?:Tagen|Wochen?|Monaten?)|"
    r"in der Vorwoche)\b",
    re.IGNORECASE,
)


def won_before(text: str, start: int, end: int) -> bool:
    """Whether the competition named at start..end is told as done before the match:
    `fresh from winning the X`, `won the X a week earlier`."""
    near = text[max(0, start - 40) : end + 40].lower()
    if not holds_any(near, _KEYS):
        return False
    return bool(
        _FRESH_FROM.search(text, max(0, start - 40), start) or _TIME_EARLIER.match(text, end)
    )
