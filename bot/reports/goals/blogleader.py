"""The side a live report's running score is told for (`Tottenham lead 1-0`, `2-1 United`),
so its goals go first whichever side is at home (split from `bloglines.py`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.reports.goals.bloglines import _Line

_LEADS = re.compile(
    r"\s+(?:lead|leads|led|are ahead|go ahead|went ahead|führt|führen|liegt|liegen)"
    r"(?:\s+(?:by|mit))?\s+"
)
_LEADER_AFTER = re.compile(r"\s+(?=\S)")
_CLAUSE_END = re.compile(r"\s*(?:[.,;!:]|$)")


def _leader(doc, line: _Line, found: re.Match, before: list) -> str | None:
    """The side a running score is told for: `Tottenham lead 1-0`, `2-1 United`. Its goals
    come first whichever side is at home."""
    if before:
        between = text_between(doc, before[-1].end, line, found)
        if _LEADS.fullmatch(between):
            return before[-1].team
        if not between.strip():
            return None  # `Everton 2-1 Leeds United`: a scoreline, home side first
    start = line.body_start + found.end()
    gap = _LEADER_AFTER.match(doc.text, start)
    if gap is None or gap.end() - start > 2:
        return None
    after = doc.mentions_between(gap.end(), line.end)
    if after and after[0].start == gap.end() and _CLAUSE_END.match(doc.text, after[0].end):
        return after[0].team
    return None


def text_between(doc, end: int, line: _Line, found: re.Match) -> str:
    return doc.text[end : line.body_start + found.start()]
