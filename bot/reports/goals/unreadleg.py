"""Goals told beside a leg's final score that no match read has (`Two minutes later Mané
slid in, and the first leg finished 2-0`) belong to that unread match, and to no other."""

from __future__ import annotations

import re

from bot.facts import Match
from bot.reports.goals.events import GoalEvent
from bot.reports.text.document import Document

_LEG_ENDED = re.compile(
    r"\b(?:first|second|opening|return)[- ]leg\s+(?:finished|ended)\s+"
    r"(\d{1,2})\s?[-:]\s?(\d{1,2})\b|"
    r"\b(?:Hinspiel|Rückspiel)\s+(?:endete|war)\s+(?:mit\s+)?(\d{1,2}):(\d{1,2})\b",
    re.I,
)


def unread_leg_told(doc: Document, event: GoalEvent, matches: list[Match]) -> bool:
    """`Two minutes later Mané slid in, and the first leg finished 2-0`: goals told in a
    paragraph that gives a leg's final score no match read has belong to that unread match."""
    if "leg" not in doc.text and "spiel" not in doc.text:
        return False
    start = doc.text.rfind("\n\n", 0, event.at) + 1
    end = doc.text.find("\n\n", event.at)
    paragraph = doc.text[start : end if end >= 0 else len(doc.text)]
    for found in _LEG_ENDED.finditer(paragraph):
        numbers = [int(g) for g in found.groups() if g is not None]
        score = {tuple(numbers), tuple(reversed(numbers))}
        if not any(m.score is not None and tuple(m.score) in score for m in matches):
            return True
    return False
