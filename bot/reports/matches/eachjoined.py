"""`Danach hatte sie Dänemark und Spanien jeweils mit 2:0 geschlagen`, `they beat
Switzerland and Romania 2-0 each`: two teams joined by `und`/`and` and told `jeweils`/
`each` are both opponents of the clause's subject, never the two sides of one result."""

from __future__ import annotations

import re

_JOINED = re.compile(r"\s+(?:und|and|sowie)\s+(?:(?:die|den|der|the)\s+)?$", re.I)
_EACH = re.compile(r"\s+(?:jeweils|each|beide|both)\b", re.I)
_EACH_AFTER = re.compile(r"\s*(?:each|apiece)\b", re.I)


def each_joined(doc, people, hit, pair: tuple[str, str]) -> bool:
    """Whether the two sides of a reading are named `A und B jeweils` (`A and B ... each`)
    before its score."""
    text = doc.text
    told = doc.cache.get("each-joined")
    if told is None:
        # the same test of the same text for every reading of the report: asked once
        told = doc.cache["each-joined"] = "jeweils" in text or "each" in text or "beide" in text
    if not told:
        return False
    named = [m for m in people if m.team in pair and m.end <= hit.start]
    for a, b in zip(named, named[1:], strict=False):
        if a.team == b.team or not _JOINED.fullmatch(text, a.end, b.start):
            continue
        if _EACH.match(text, b.end) or _EACH_AFTER.match(text, hit.end):
            return True
    return False
