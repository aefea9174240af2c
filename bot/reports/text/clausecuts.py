"""Where a sentence breaks into clauses (`, `, `; `, ` – `, ` - `): several steps of the
match reader cut the same sentence, so the breaks are found once per sentence text."""

from __future__ import annotations

import re
from functools import lru_cache

_CLAUSE_BREAK = re.compile(r"[,;\s](?:(?<=[,;])\s|(?<=\s)[–—]\s|(?<=\s)-\s)")
r"""`[,;]\s|\s[–—]\s|\s-\s` with its first character taken out in front (the same
matches, tried in the same order): a pattern that opens with one class lets `re` skip to
those characters instead of trying all three alternatives at every position."""


@lru_cache(maxsize=4096)
def clause_breaks(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each clause break in a sentence, in order: several steps cut
    the same sentence into clauses."""
    return tuple(m.span() for m in _CLAUSE_BREAK.finditer(text))


def clause_cuts(text: str) -> list[int]:
    """Where each clause after the first begins."""
    return [end for _, end in clause_breaks(text)]
