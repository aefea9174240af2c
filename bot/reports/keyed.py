"""Case-insensitive cue patterns behind a cheap substring test: most sentences hold
none of a cue's key words, and `in` on lower-cased text is far cheaper than `re`."""

from __future__ import annotations

import re

_last: list = [None, ""]


def lowered(text: str) -> str:
    """`text.lower()`, remembered for the last text asked (cues ask in turn)."""
    if _last[0] is not text:
        _last[0] = text
        _last[1] = text.lower()
    return _last[1]


def holds(text: str, keys: tuple[str, ...]) -> bool:
    """Whether a case-insensitive pattern whose matches each hold one of `keys`
    (lower-cased) may match somewhere in `text`."""
    low = text.lower()
    for key in keys:
        if key in low:
            return True
    return not low.isascii() and ("ı" in low or "ſ" in low)


class Keyed:
    """A pattern that can only match where one of `keys` (lower-cased) occurs.

    re.IGNORECASE also folds `ı` onto `i` and `ſ` onto `s`, which lower() keeps
    apart, so a text holding either is always searched."""

    __slots__ = ("pattern", "keys", "any_key")

    def __init__(self, pattern: re.Pattern, keys: str) -> None:
        self.pattern = pattern
        self.keys = tuple(keys.split("|"))
        self.any_key = re.compile("|".join(re.escape(key) for key in self.keys))

    def may(self, text: str) -> bool:
        low = lowered(text)
        if len(self.keys) > 6:
            if self.any_key.search(low):
                return True
        else:
            for key in self.keys:
                if key in low:
                    return True
        return not low.isascii() and ("ı" in low or "ſ" in low)

    def search(self, text: str, *span: int) -> re.Match | None:
        return self.pattern.search(text, *span) if self.may(text) else None

    def match(self, text: str, *span: int) -> re.Match | None:
        return self.pattern.match(text, *span) if self.may(text) else None

    def finditer(self, text: str, *span: int):
        return self.pattern.finditer(text, *span) if self.may(text) else iter(())
