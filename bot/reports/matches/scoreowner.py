"""`Beim 7:0 (3:0) von Manchester City im Rückspiel`, `der 3:1-Sieg von Ajax gegen PSV`:
the team after `von` right behind a score is the side the score is told from (its first
number is that team's), not the opponent."""

from __future__ import annotations

import re

_VON_AFTER = re.compile(
    r"(?:-?(?:Sieg|Erfolg|Heimsieg|Auswärtssieg|Triumph|Kantersieg))?"
    r"\s*(?:\(\d{1,2}:\d{1,2}\)\s*)?von\s+$"
)


_NOUN_BEFORE = re.compile(r"\b(?:beim|dem|das|der|des|vom|zum|ein|einem|eines)\s+$", re.I)
"""The score is a noun (`Beim 7:0`, `der 3:1-Sieg`), not an adverb of a verb whose `von`
names the opponent (`trennte sich 2:2 von Hertha BSC`)."""


def score_owner(text: str, hit, people) -> str | None:
    """The team told with `von` right after the score, or None."""
    if not _NOUN_BEFORE.search(text, max(0, hit.start - 12), hit.start):
        return None
    for m in people:
        if m.prep != "von" or m.start <= hit.end or m.start - hit.end > 40:
            continue
        if _VON_AFTER.fullmatch(text[hit.end : m.start]):
            return m.team
    return None
