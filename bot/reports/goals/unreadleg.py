"""Goals told beside a leg's final score that no match read has (`Two minutes later Mané
slid in, and the first leg finished 2-0`) belong to that unread match, and to no other."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.facts import Match
from bot.reports.goals.events import GoalEvent
from bot.reports.patterns.keyed import holds
from bot.reports.patterns.spots import Folded
from bot.reports.text.document import Document

_LEG_KEYS = ("leg", "hinspiel", "rückspiel")
"""Every match of `_LEG_ENDED` holds one of these, lower-cased: most paragraphs hold none."""
_ENDED_KEYS = ("finished", "ended", "endete", "war")
"""Every match of `_LEG_ENDED` also holds one of these, lower-cased (its verbs): a
paragraph that names a leg seldom says how the leg ended."""
_LEG_ENDED = re.compile(
    r"\b(?:first|second|opening|return)[- ]leg\s+(?:finished|ended)\s+"
    r"(\d{1,2})\s?[-:]\s?(\d{1,2})\b|"
    r"\b(?:Hinspiel|Rückspiel)\s+(?:endete|war)\s+(?:mit\s+)?(\d{1,2}):(\d{1,2})\b",
    re.I,
)
_LEG_ENDED_LOW = Folded(_LEG_ENDED)
"""`_LEG_ENDED` as its lower-cased form on the lower-cased paragraph (spots.Folded): the
same matches, without re.I at every word."""


def unread_leg_told(doc: Document, matches: list[Match]) -> Callable[[GoalEvent], bool]:
    """`Two minutes later Mané slid in, and the first leg finished 2-0`: goals told in a
    paragraph that gives a leg's final score no match read has belong to that unread match.

    Returns the test for one event; each paragraph is searched once, as the events of one
    paragraph share the answer (the matches' scores do not change while goals are placed)."""
    text = doc.text
    if "leg" not in text and "spiel" not in text:  # in every match of _LEG_ENDED
        return lambda event: False
    told: dict[tuple[int, int], bool] = {}

    def unread(event: GoalEvent) -> bool:
        start = text.rfind("\n\n", 0, event.at) + 1
        end = text.find("\n\n", event.at)
        span = (start, end if end >= 0 else len(text))
        if span not in told:
            told[span] = _unread_in(text[span[0] : span[1]], matches)
        return told[span]

    return unread


def _unread_in(paragraph: str, matches: list[Match]) -> bool:
    if not holds(paragraph, _LEG_KEYS) or not holds(paragraph, _ENDED_KEYS):
        return False
    for found in _LEG_ENDED_LOW.finditer(paragraph):
        numbers = [int(g) for g in found.groups() if g is not None]
        score = {tuple(numbers), tuple(reversed(numbers))}
        if not any(m.score is not None and tuple(m.score) in score for m in matches):
            return True
    return False
