"""Small case-insensitive patterns behind their key words, with the three letters re.I
folds onto i and s (İ ı ſ) always searched, since lower() does not turn them into those."""

from __future__ import annotations

import re

_FOLDED = ("İ", "ı", "ſ")


class Gated:
    """A pattern searched only where one of `keys` (lower-cased; each match holds one)
    occurs, or where the text holds a letter lower() cannot show as i or s. A `cased`
    pattern (no re.I) looks for its keys as they stand."""

    __slots__ = ("pattern", "keys", "cased")

    def __init__(self, pattern: re.Pattern, keys: str, cased: bool = False) -> None:
        self.pattern = pattern
        self.keys = tuple(keys.split("|"))
        self.cased = cased

    def may(self, text: str) -> bool:
        if self.cased:
            return any(key in text for key in self.keys)
        low = text.lower()
        for key in self.keys:
            if key in low:
                return True
        return any(letter in text for letter in _FOLDED)

    def search(self, text: str, *span: int) -> re.Match | None:
        return self.pattern.search(text, *span) if self.may(text) else None
