"""A scorer named inside the kick he scored with: `through Molina and a Messi penalty`,
`durch einen Müller-Kopfball`."""

from __future__ import annotations

import re

from bot.reports.goals.scorers import Candidate
from bot.reports.text.holdsany import holds_any

_NAMED_KICK = re.compile(
    r"(?:\bthrough|\band|\bwith|\bvia|\bthanks to|\bdurch|\bund|\bmit)\s+"
    r"(?:a|an|einen?|einem)\s+(?-i:[A-Z][\w'’-]+\s+){1,3}(?:penalty|header|strike|volley|"
    r"Elfmeter|Kopfball|Treffer)\b"
)
_KICK_WORDS = ("penalty", "header", "strike", "volley", "Elfmeter", "Kopfball", "Treffer")
"""One of these ends every match of `_NAMED_KICK` (whose \\b-led start no scan can skip to)."""


def in_named_kicks(clause, found: list[Candidate]) -> list[Candidate]:
    """ "through Molina and a Messi penalty": the name inside "a Messi penalty" scored it."""
    if not holds_any(clause.text, _KICK_WORDS):
        return []
    spans = [
        (clause.start + m.start(), clause.start + m.end())
        for m in _NAMED_KICK.finditer(clause.text)
    ]
    return [c for c in found if c.name and any(lo < c.start and c.end < hi for lo, hi in spans)]
