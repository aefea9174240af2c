"""`SCOTLAND - Scottish Cup final, Hampden Park` over `Celtic 2 Hearts 1`: a round-up of
several competitions heads each line (or block of lines) with its own competition, so a
list line takes the competition of the heading above it, not the report's first."""

from __future__ import annotations

from bot.reports.matches.competitionmentions import find_competitions

_HEADING_LENGTH = 80
_SENTENCE_ENDS = (".", "!", "?", ":", '"', "“", "”")


def heading_competition(doc, r) -> str | None:
    """The one competition the heading line over a list line names: the nearest short
    line above that is no sentence (no closing stop) and names a competition, passing
    over the other list lines between (short, with a score)."""
    if "listing" not in r.notes:
        return None
    may_score = doc.cache.get("matches.may-score") or ()
    index = doc.index_of(r.sentence)
    while index > 0:
        index -= 1
        text = doc.sentences[index].text.strip()
        if len(text) > _HEADING_LENGTH or text.endswith(_SENTENCE_ENDS):
            return None
        named = {m.name for m in find_competitions(text, doc.published)}
        if named:
            return named.pop() if len(named) == 1 else None
        if index >= len(may_score) or not may_score[index]:
            return None
    return None
