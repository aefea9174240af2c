"""`Das erste Finale am vergangenen Samstag hatte nach Verlängerung 3:3 geendet. Gary
O'Reilly (19.) hatte Palace in Führung gebracht, ...`: a paragraph that opens on the result
of a match the reader did not find, told in the pluperfect, tells that match's goals."""

from __future__ import annotations

import re

from bot.facts import Match
from bot.reports.goals.claims import GoalEvent
from bot.reports.matches.legorder import PLUPERFECT
from bot.reports.text.document import Document

_SCORE = re.compile(r"(?<![\d.:-])(\d{1,2})\s?[:-]\s?(\d{1,2})(?![\d.:-])")
_ENDED = re.compile(r"\b(?:geendet|ended|finished)\b")
"""The match told as over (`hatte 3:3 geendet`, `had ended 2-2`): a whole game, not a lead
`they had earned` or a goal that `had put them ahead`."""
_NOT_A_RESULT = re.compile(
    r"\b(?:aggregate|on penalties|im Elfmeterschießen|Gesamt\w*|insgesamt|in der Addition|"
    r"shoot-?out|Elfmeter\w*)\b",
    re.I,
)


def told_of_unread_match(doc: Document, events: list[GoalEvent], matches: list[Match]):
    """The events to leave out: those at or after the score of such an opening sentence,
    within its paragraph."""
    read = {tuple(sorted(m.score)) for m in matches if m.score is not None}
    dropped: set[int] = set()
    opened: dict[int, int] = {}
    for event in events:
        start = doc.text.rfind("\n", 0, event.at) + 1
        if start not in opened:
            opened[start] = _unread_opening(doc, start, read)
        if 0 <= opened[start] <= event.at:
            dropped.add(id(event))
    return dropped


def _unread_opening(doc: Document, start: int, read: set[tuple[int, int]]) -> int:
    """Where the other match's score stands in the paragraph's first sentence (-1: none)."""
    first = next((s for s in doc.sentences if s.end > start), None)
    if first is None or first.start > start + 2 or not PLUPERFECT.search(first.text):
        return -1
    if not _ENDED.search(first.text):
        return -1
    if _NOT_A_RESULT.search(first.text):
        return -1
    scores = list(_SCORE.finditer(first.text))
    if len(scores) != 1:
        return -1
    score = tuple(sorted(int(n) for n in scores[0].groups()))
    return -1 if score in read else first.start + scores[0].start()
