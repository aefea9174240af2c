"""A round told as settled, its line-up complete (`The World Cup's last eight is complete`,
`The last eight places in the Champions League quarter-finals were settled`, `Das
Viertelfinale ist komplett`, `Die Viertelfinalisten stehen fest`) is the round the games
told reached, not the one they were played in."""

from __future__ import annotations

import re

from bot.reports.text.holdsany import holds_any

_SETTLED_AFTER = re.compile(
    r"[\w\s'’-]{0,60}?\b(?:(?:is|are|was|were|has been|have been)\s+(?:now\s+)?"
    r"(?:complete|completed|known|(?P<weak>settled|decided|filled))|"
    r"(?:ist|sind|steht|stehen|war|waren)\s+(?:jetzt\s+|nun\s+|damit\s+)?"
    r"(?:komplett|vollständig|fest|(?P<weak_de>vergeben)))\b"
)
"""The clause's verb right after the round's words (no comma nor stop between). A round
`settled` or `decided` is its line-up only where places are told (`the last eight places
in the quarter-finals were settled`): `Chelsea's semi-final against Djurgarden was
settled in the first leg` tells that round's own outcome."""
_PLACES = re.compile(r"\b(?:places|spots|berths|line-?up|Plätze|Tickets|Teilnehmer)\b")
_KEYS = ("complete", "settled", "known", "decided", "filled", "komplett", "fest", "vergeben",
         "vollständig")  # fmt: skip


def settled_round(text: str, at: int) -> bool:
    """Whether the round named at `at` is told as settled (its line-up complete)."""
    if not holds_any(text, _KEYS):  # the cheap test first
        return False
    found = _SETTLED_AFTER.match(text, at)
    if found is None:
        return False
    if found.group("weak") or found.group("weak_de"):
        return _PLACES.search(text, max(0, at - 40), found.end()) is not None
    return True
