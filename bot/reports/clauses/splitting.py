"""Where a sentence splits into clauses: at the clause marks of `cues._SPLIT`, never
inside parentheses or a timed list of names (`Müller (12., 34.), Kane (50.)`)."""

from __future__ import annotations

from functools import lru_cache

from bot.reports.clauses.cues import _PAREN, _SPLIT
from bot.reports.clauses.timedlist import inside_timed_list


def split_clauses(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of clauses, not split inside parentheses; goals and cards both ask."""
    return _split_clauses(text)


@lru_cache(maxsize=4096)
def _split_clauses(text: str) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    start = 0
    parens = [(m.start(), m.group()) for m in _PAREN.finditer(text)] if "(" in text else []
    seen = depth = 0
    for match in _SPLIT.finditer(text):
        cut, end = match.span()
        while seen < len(parens) and parens[seen][0] <= cut:
            depth = depth + 1 if parens[seen][1] == "(" else max(0, depth - 1)
            seen += 1
        if depth or inside_timed_list(text, cut, end):
            continue
        if cut > start:
            spans.append((start, cut))
        start = end
    if start < len(text):
        spans.append((start, len(text)))
    return tuple(spans)
