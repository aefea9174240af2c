"""`SCOTLAND - Scottish Cup final, Hampden Park` over `Celtic 2 Hearts 1`: a round-up of
several competitions heads each line (or block of lines) with its own competition, so a
list line takes the competition of the heading above it, not the report's first."""

from __future__ import annotations

import re

from bot.reports.matches.competitionmentions import find_competitions

_HEADING_LENGTH = 80
_SENTENCE_ENDS = (".", "!", "?", ":", '"', "“", "”")


_LIST_SCORE = re.compile(r"\d\s*[-:–]\s*\d|[A-Za-z] \d{1,2} [A-Z]")
"""`Celtic 2 Hearts 1`, `Bayern 2:1 Dortmund`: a list line of its own, no heading."""


def heading_competition(doc, r) -> str | None:
    """The one competition the heading line over a list line names: the nearest short
    line above that is no sentence (no closing stop) and names a competition, passing
    over the other list lines between (short, with a score). Each heading is asked once."""
    if "listing" not in r.notes:
        return None
    may_score = doc.cache.get("matches.may-score") or ()
    known = doc.cache.setdefault("matches.heading-competition", {})
    index = doc.index_of(r.sentence)
    while index > 0:
        index -= 1
        text = doc.sentences[index].text.strip()
        if len(text) > _HEADING_LENGTH or text.endswith(_SENTENCE_ENDS):
            return None
        if index < len(may_score) and may_score[index] and _LIST_SCORE.search(text):
            continue
        if index not in known:
            named = {m.name for m in find_competitions(text, doc.published)}
            known[index] = named.pop() if len(named) == 1 else None
        return known[index]
    return None
