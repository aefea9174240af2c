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


def lower_exact(text: str) -> str | None:
    """`text.lower()`, or None where lower() and re.I disagree: a letter whose lower case
    is longer ("İ"), or the dotless i and long s, which re.I takes for i and s."""
    low = lowered(text)
    if len(low) != len(text) or (not low.isascii() and ("ı" in low or "ſ" in low)):
        return None
    return low


def folded(pattern: re.Pattern) -> re.Pattern | None:
    """A case-insensitive pattern lower-cased, to run without re.I on `lower_exact`
    text: several times faster than re.I, matching there exactly where the pattern
    matches the text (letters after a backslash are kept as they are)."""
    out, escaped = [], False
    for char in pattern.pattern:
        out.append(char if escaped else char.lower())
        escaped = char == "\\" and not escaped
    text = "".join(out).replace("(?p<", "(?P<").replace("(?p=", "(?P=")
    try:
        return re.compile(text, pattern.flags & ~re.I)
    except re.error:
        return None


def holds(text: str, keys: tuple[str, ...]) -> bool:
    """Whether a case-insensitive pattern whose matches each hold one of `keys`
    (lower-cased) may match somewhere in `text`."""
    low = text.lower()
    for key in keys:
        if key in low:
            return True
    return not low.isascii() and ("ı" in low or "ſ" in low)


def _by_first_letter(keys: tuple[str, ...]) -> str:
    """An alternation that finds whether any key occurs: keys grouped by their first
    letter, so `re` enters only the group of the letter at hand."""
    groups: dict[str, list[str]] = {}
    for key in keys:
        groups.setdefault(key[:1], []).append(re.escape(key[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rest)})" for first, rest in groups.items())


class Keyed:
    """A pattern that can only match where one of `keys` (lower-cased) occurs.

    re.IGNORECASE also folds `ı` onto `i` and `ſ` onto `s`, which lower() keeps
    apart, so a text holding either is always searched. A whole-text search of a
    case-insensitive pattern first runs its lower-cased form on the lower-cased text
    and lets the real pattern confirm from where that one matched."""

    __slots__ = ("pattern", "keys", "many", "any_key", "folded")

    def __init__(self, pattern: re.Pattern, keys: str) -> None:
        self.pattern = pattern
        self.keys = tuple(keys.split("|"))
        self.many = len(self.keys) > 6
        self.any_key = re.compile(_by_first_letter(self.keys))
        self.folded = folded(pattern) if pattern.flags & re.I else None

    def may(self, text: str) -> bool:
        low = _last[1] if _last[0] is text else lowered(text)
        if self.many:
            if self.any_key.search(low):
                return True
        else:
            for key in self.keys:
                if key in low:
                    return True
        return not low.isascii() and ("ı" in low or "ſ" in low)

    def search(self, text: str, *span: int) -> re.Match | None:
        """pattern.search, skipped where may() says no (its test written out: asked often)."""
        low = _last[1] if _last[0] is text else lowered(text)
        if self.many:
            hit = self.any_key.search(low) is not None
        else:
            hit = False
            for key in self.keys:
                if key in low:
                    hit = True
                    break
        if not hit and (low.isascii() or not ("ı" in low or "ſ" in low)):
            return None
        if span or self.folded is None:
            return self.pattern.search(text, *span)
        if len(low) != len(text) or (not low.isascii() and ("ı" in low or "ſ" in low)):
            return self.pattern.search(text)
        first = self.folded.search(low)
        return None if first is None else self.pattern.search(text, first.start())

    def match(self, text: str, *span: int) -> re.Match | None:
        return self.pattern.match(text, *span) if self.may(text) else None

    def finditer(self, text: str, *span: int):
        return self.pattern.finditer(text, *span) if self.may(text) else iter(())

    def sub(self, repl, text: str) -> str:
        return self.pattern.sub(repl, text)
