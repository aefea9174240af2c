"""Words before a score that make it a tie's sum though no `aggregate` word stands
beside it: a sentence opened by `insgesamt` with a verb of going through, or a round
of two legs won or lost by a score told after its first leg's."""

from __future__ import annotations

import re

from bot.reports.patterns.keyed import holds

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
_ROUND_VERBS = ("gewann", "verlor", "won", "lost")
"""Every match of the pattern above opens with one of these verbs."""


_THROUGH_AFTER_LEG = re.compile(
    r"\b(?:setzte|setzten|setzt|setzen)\s+sich\s+(?:[\w.-]+\s+){0,3}?nach\s+dem\s+"
    r"\d{1,2}\s?:\s?\d{1,2}\s+im\s+Hinspiel\s+"
    r"(?:(?!(?:auch|ebenfalls|erneut|wieder)\s|(?:in|im|bei|beim)\s+(?-i:[A-ZÄÖÜ]))[\w.-]+\s+)"
    r"{0,4}?mit\s+$",
    re.IGNORECASE,
)
"""`setzte sich nach dem 1:0 im Hinspiel vom Donnerstag mit 2:0 Toren durch`: going
through after a first leg's score is told by the tie's sum (English tells it with
`on aggregate`); not where the second leg is told `auch` (again) or at its ground
(`setzte sich nach dem 2:1 im Hinspiel auch in Bergamo mit 3:1 durch`)."""


def told_as_sum(before: str) -> bool:
    """Whether the sentence text before a score tells that score as a tie's sum."""
    if len(before) < 80 and _TOTAL_OPENING.match(before):
        return True
    tail = before[-140:]
    near = tail[-90:]
    if holds(near, _ROUND_VERBS) and _ROUND_LOST.search(near) is not None:
        return True
    return "Hinspiel" in tail and _THROUGH_AFTER_LEG.search(tail) is not None
