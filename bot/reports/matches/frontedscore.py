"""`After a 2-1 defeat at the Monumental, Boca won the return 3-0 at home`: a result
fronted in a phrase that opens the sentence (`After a`, `Following a`, `Despite a`) is
the result of the main clause's subject, the team named right after the phrase's
comma; that team is no opponent of its own defeat."""

from __future__ import annotations

import re

_OPENING = re.compile(r"\s*(?:after|following|despite)\s+(?:a|an|the|their|its)\s+\Z", re.I)
_PHRASE_END = 90
"""How far (in characters) the fronted phrase may run on past its score."""


def fronted_owner(doc, sentence, hit, people) -> str | None:
    """The team opening the main clause after a fronted result phrase, else None."""
    if doc.lang != "en" or not _OPENING.match(doc.text, sentence.start, hit.start):
        return None
    comma = doc.text.find(",", hit.end, min(sentence.end, hit.end + _PHRASE_END))
    if comma < 0 or any(c.isdigit() for c in doc.text[hit.end : comma]):
        return None
    if any(hit.end <= m.start < comma for m in people):
        return None  # `After a 2-1 defeat for River at home, ...`: told of another side
    after = [m for m in people if m.start > comma]
    if not after:
        return None
    gap = doc.text[comma + 1 : after[0].start].strip().lower()
    return after[0].team if gap in ("", "the") else None
