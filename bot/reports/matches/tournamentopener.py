"""`Spain made a thunderous start to their Euro 2024 campaign`, `zum EM-Auftakt`: a
side's first match of a national-team tournament whose groups come first was played in
its group stage."""

from __future__ import annotations

import re

from bot.competitions.names import info
from bot.reports.matches.reading import Reading
from bot.reports.text.document import Document

_KEYS = ("start", "opener", "opening", "auftakt")
_OPENER = re.compile(
    r"\b(?:start|opener|opening (?:game|match))\s+(?:to|of|in)\s+(?:their|its|his|the)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:campaign|tournament|finals)\b|"
    r"\b(?:EM|WM|Turnier)-?[Aa]uftakt\w*|\bAuftakt(?:spiel)?\s+(?:der|zur|in die|bei der)\s+"
    r"(?:EM|WM|Europameisterschaft|Weltmeisterschaft|Endrunde)\b"
)
_OPENING_SENTENCES = 3


def opening_group(doc: Document, r: Reading, competition: str | None) -> str | None:
    """`group` for the main match when the opening tells it as a side's tournament
    start and the competition is a national-team tournament with a group stage."""
    data = info(competition) if competition else None
    if data is None or data.kind != "national" or data.format != "mixed":
        return None
    if "qualif" in competition.lower() or "Nations League" in competition:
        return None
    if "main" not in r.notes:
        return None
    pair = set(r.teams() or ())
    for sentence in doc.sentences[:_OPENING_SENTENCES]:
        if not any(key in sentence.text.lower() for key in _KEYS):
            continue
        if not _OPENER.search(sentence.text):
            continue
        named = {m.team for m in doc.mentions_in(sentence)}
        if named <= pair:
            return "group"
    return None
