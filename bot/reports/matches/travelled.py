"""`Die Fortuna war als klarer Favorit angereist`, `Leeds had travelled to the south
coast`: the side told as having travelled to the match was the visitor, so the other of
the main pair was at home; used only when nothing else tells the home side."""

from __future__ import annotations

import re

from bot.reports.matches.doclower import lowered_text
from bot.reports.text.document import Document
from bot.reports.text.holdsany import holds_any

_KEYS = ("angereist", "anreiste", "travel")
"""Each travel word holds one of these: most reports use none."""
_TRAVELLED = re.compile(
    r"\b(?:(?:war|waren|ist|sind)\s+(?:[\wäöüß-]+\s+){0,4}?angereist|"
    r"(?:had|has|have)\s+travell?ed\s+to)\b",
    re.IGNORECASE,
)
_COMING = re.compile(r"\b(?:will|next|nächste\w*|kommende\w*|Rückspiel|return leg)\b", re.I)
_OBLIQUE = frozenset("gegen bei beim in im against at to von vom".split())


def home_by_travel(doc: Document, pair: tuple[str, str]) -> str | None:
    """The team of `pair` other than the one a sentence says had travelled there; None
    when no sentence says so, or sentences disagree."""
    low = lowered_text(doc)
    if not holds_any(low, _KEYS):
        return None
    homes = set()
    for sentence in doc.sentences:
        if not _TRAVELLED.search(sentence.text) or _COMING.search(sentence.text):
            continue
        named = {m.team for m in doc.mentions_in(sentence) if m.prep.lower() not in _OBLIQUE}
        if len(named) != 1 or not named <= set(pair):
            continue
        guest = named.pop()
        homes.add(pair[0] if guest == pair[1] else pair[1])
    return homes.pop() if len(homes) == 1 else None
