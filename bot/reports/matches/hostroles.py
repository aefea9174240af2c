"""Home side of the main match told by role words beside a name: `Hosts Bayern`,
`Gastgeber Saarbrücken`, `Arsenal, the visitors,`, `die Gäste vom FC Arsenal`.
Only in sentences about the main pair and not about a coming match, and never
`Liverpool hosts Chelsea` (a verb, which can speak of the return leg)."""

from __future__ import annotations

import re

from bot.reports.patterns.keyed import holds
from bot.reports.text.document import Document

_HOST_WORD = r"(?:hosts?|home side|home team|gastgeber|hausherren)"
_GUEST_WORD = r"(?:visitors|visiting side|away side|gäste|gaeste)"
_START = r"(?:^|[.,;:—–(]\s*|\b(?:the|die|der|den|dem)\s+)"
_BEFORE = {
    "home": re.compile(_START + _HOST_WORD + r"\s+$", re.I),
    "away": re.compile(_START + _GUEST_WORD + r"\s+(?:from\s+|aus\s+|vom\s+|von\s+)?$", re.I),
}
_AFTER = {
    "home": re.compile(r",\s+(?:the|die|der)\s+" + _HOST_WORD + r"\s*[,.;)—–]", re.I),
    "away": re.compile(r",\s+(?:the|die|der)\s+" + _GUEST_WORD + r"\s*[,.;)—–]", re.I),
}
_ROLE_KEYS = ("host", "home", "gastgeber", "hausherren", "visit", "away", "gäste", "gaeste")
"""Each role phrase holds one of these: most names have none beside them."""
_COMING = re.compile(
    r"\b(?:will|next|upcoming|return leg|rückspiel|nächste\w*|kommende\w*|steigt|trifft)\b", re.I
)


def home_by_role(doc: Document, pair: tuple[str, str]) -> str | None:
    """The team of `pair` the text calls hosts (or the other of the one it calls
    visitors); None when it says nothing or contradicts itself."""
    homes: set[str] = set()
    for sentence in doc.sentences:
        mentions = doc.mentions_in(sentence)
        if not mentions or {m.team for m in mentions} - set(pair):
            continue
        beside = []
        for m in mentions:
            before = doc.text[max(sentence.start, m.start - 30) : m.start]
            after = doc.text[m.end : m.end + 30]
            if holds(before + " " + after, _ROLE_KEYS):
                beside.append((m, before, after))
        if not beside or _COMING.search(sentence.text):
            continue
        for m, before, after in beside:
            for role in ("home", "away"):
                if _BEFORE[role].search(before) or _AFTER[role].match(after):
                    other = pair[0] if m.team == pair[1] else pair[1]
                    homes.add(m.team if role == "home" else other)
    return homes.pop() if len(homes) == 1 else None
