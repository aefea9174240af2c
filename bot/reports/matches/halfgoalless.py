"""A half that ended goalless is a state during the match, not its result:
`Eine erste Halbzeit ohne große Höhepunkte endete torlos`, `Die Teams trennten sich
zur Pause torlos`, `The first half ended goalless`; the result is told elsewhere."""

from __future__ import annotations

import re

from bot.reports.text.holdsany import holds_any

_HALF = re.compile(
    r"\b(?:(?:erste|ersten|zweite|zweiten)\s+(?:halbzeit|hälfte|durchgang|spielhälfte)|"
    r"halbzeit|hälfte|durchgang|pause|halbzeitpause|halbzeitpfiff|seitenwechsel|"
    r"(?:first|second|opening)\s+(?:half|period|45\s+minutes)|half-?time|"
    r"the\s+break|the\s+interval)\b",
    re.I,
)
_BREAK = re.compile(r"[,;:–—]")
_KEYS = ("halb", "hälfte", "durchgang", "pause", "seitenwechsel", "half", "period",
         "45", "break", "interval")  # fmt: skip


def of_a_half(before: str, phrase: str) -> bool:
    """Whether the clause of a goalless phrase (its words before it, and the phrase)
    names a half or the break as what stayed goalless."""
    clause = _BREAK.split(before[-80:])[-1] + " " + phrase
    low = clause.lower()
    if not holds_any(low, _KEYS):
        return False
    return _HALF.search(clause) is not None
