"""`Eden Hazard put the visitors ahead in the seventh minute of this Carabao Cup
semi-final second leg`, `in diesem Halbfinal-Rückspiel`: a leg told with `this` /
`diesem` in the opening sentences is the main match's own leg, wherever its score was
given (a result headline above the body)."""

from __future__ import annotations

import re

from bot.reports.matches import cues

_THIS = re.compile(
    r"\b(?:this|tonight's|today's|diese[mns]?|des heutigen|dem heutigen)\s+(?:[\w'’-]+\s+){0,4}$",
    re.I,
)
OPENING = 6


def this_leg(doc, main) -> int | None:
    """The one leg the opening sentences name with `this` / `diesem`, if one."""
    found = set()
    for sentence in doc.sentences[:OPENING]:
        for m in cues.scan(cues.LEG, sentence.text):
            if _THIS.search(sentence.text, max(0, m.start() - 60), m.start()):
                found.add(1 if m.group("one") else 2)
    return found.pop() if len(found) == 1 else None
