"""Words before a score that make it a tie's sum though no `aggregate` word stands
beside it: a sentence opened by `insgesamt` with a verb of going through, or a round
of two legs won or lost by a score told after its first leg's."""

from __future__ import annotations

import re

_TOTAL_OPENING = re.compile(
    r"^\s*(?:insgesamt,?\s+(?:setzten? sich|zogen?|kamen?)|(?:overall|in total),?\s+"
    r"(?:[\w'.-]+\s+){1,4}?(?:advanced|progressed|prevailed|went through))\b[^.;:,]{0,45}$",
    re.IGNORECASE,
)
"""`Insgesamt setzte sich Barcelona mit 4:3 durch`, `Overall, Porto advanced 4-3`: a
sentence opened by `in total` with a verb of going through tells the tie's sum."""


_ROUND_LOST = re.compile(
    r"\b(?:gewann|gewannen|verlor|verloren|won|lost)\s+(?:das|den|the)\s+(?:Achtelfinale|"
    r"Viertelfinale|Halbfinale|round-of-16 tie|quarter-final tie|semi-final tie|tie)\s+"
    r"(?:nach dem|after (?:the|a|their))\s+\d{1,2}\s?[:-]\s?\d{1,2}\s+(?:im Hinspiel|in the "
    r"first leg)\s+(?:mit|by)\s+$",
    re.IGNORECASE,
)
"""`verloren das Viertelfinale nach dem 0:1 im Hinspiel mit 1:2`: a round of two legs
won or lost by a score told after its first leg's is won or lost on the sum."""


def told_as_sum(before: str) -> bool:
    """Whether the sentence text before a score tells that score as a tie's sum."""
    if len(before) < 80 and _TOTAL_OPENING.match(before):
        return True
    return _ROUND_LOST.search(before[-90:]) is not None
