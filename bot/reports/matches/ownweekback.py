"""`reichte ... am Dienstagabend ein 1:1, nachdem sie das Hinspiel vor einer Woche mit 2:0
gewonnen hatten`, `won on Tuesday, after a 2-1 win at home last week`: a score whose own
clause puts it days or a week back is not played on the weekday another clause names."""

from __future__ import annotations

import re

from bot.reports.matches.weekbefore import _DAYS_BACK, _KEYS
from bot.reports.text.clausecuts import clause_cuts
from bot.reports.text.holdsany import holds_any

_SCORE = re.compile(r"\d\s?[:-]\s?\d")


def told_back_elsewhere(text: str, day_at: int, score_at: int) -> bool:
    """Whether the score at `score_at` has a days-back phrase in its own clause, with no
    other score between them (`5-0 ... after a 1-1 draw the previous week` puts the 1-1
    back), and the weekday at `day_at` stands in another clause."""
    low = text.lower()
    if not holds_any(low, _KEYS):
        return False
    bounds = [0, *clause_cuts(text), len(text)]
    lo = max(b for b in bounds if b <= score_at)
    hi = min(b for b in bounds if b > score_at)
    if lo <= day_at < hi:
        return False
    back = _DAYS_BACK.search(text, lo, hi)
    if back is None:
        return False
    if back.end() <= score_at:
        return _SCORE.search(text, back.end(), score_at) is None
    own = _SCORE.match(text, score_at)
    return _SCORE.search(text, own.end() if own else score_at + 1, back.start()) is None
