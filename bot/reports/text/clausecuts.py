"""Where a sentence breaks into clauses (`, `, `; `, ` – `, ` - `): several steps of the
match reader cut the same sentence, so the breaks are found once per sentence text."""

from __future__ import annotations

import re
from functools import lru_cache

_CLAUSE_BREAK = re.compile(r"[,;\s](?:(?<=[,;])\s|(?<=\s)[–—]\s|(?<=\s)-\s)")
r"""`[,;]\s|\s[–—]\s|\s-\s` with its first character taken out in front (the same
matches, tried in the same order): a pattern that opens with one class lets `re` skip to
those characters instead of trying all three alternatives at every position."""
_PRINTABLE_BREAK = re.compile(r",\s|;\s| [–—\-]\s")
"""_CLAUSE_BREAK for a text whose only white space is " " (`str.isprintable()` refuses
every other character `\\s` matches): the same matches, its alternatives each opening
with a plain character, which `re` skips to by a table instead of testing a class of a
category at each character (the two dash alternatives, which go on alike, as one)."""


@lru_cache(maxsize=4096)
def clause_breaks(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each clause break in a sentence, in order: several steps cut
    the same sentence into clauses."""
    found = _PRINTABLE_BREAK if text.isprintable() else _CLAUSE_BREAK
    return tuple(m.span() for m in found.finditer(text))


def clause_cuts(text: str) -> list[int]:
    """Where each clause after the first begins."""
    return [end for _, end in clause_breaks(text)]
