"""`Das 1:2 nach Verlängerung im EM-Finale ... am Sonntagabend` over `beim 2:1 im
Halbfinale gegen Frankreich`: a score told in another round than the first result read,
before it, is the story's own match, one the reader did not find; the result told later
is in passing, and the story's day, extra time, goals and cards are none of its own."""

from __future__ import annotations

import re

from bot.reports.matches import cues
from bot.reports.text.digits import holds_digit

_SCORE_IN_ROUND = re.compile(
    r"\d\s?[-:–]\s?\d(?!\d)[^.;,]{0,40}?\b(?:im|in the|in their|in der|beim|in)\s+"
    r"(?:[\w-]+\s+){0,3}(?:\w+-)?$"
)


def other_round(text: str, main) -> bool:
    """Whether `text` tells a score in a round (`1:2 nach Verlängerung im EM-Finale`) and
    names no round but others than the main reading's own (`set up a semi-final against
    Chelsea` tells no result of its own)."""
    if main.stage is None or main.sentence.text == text or not holds_digit(text):
        return False
    named = cues.stage_at(text)
    if not named or main.stage in {stage for _, stage in named}:
        return False
    return any(_SCORE_IN_ROUND.search(text, max(0, at - 90), at) for at, _ in named)
