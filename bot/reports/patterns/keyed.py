"""Cue patterns behind a cheap key-word test (the one gate every cue module uses): most
sentences hold none of a cue's key words, and `in` on lower-cased text is far cheaper
than `re`."""

from __future__ import annotations

import re

from bot.competitions.scan import lower_text
from bot.reports.patterns.alternations import key_tree, lead
from bot.reports.patterns.cuestarts import start_finder, word_start

_text: str | None = None
_low = ""
_folds = 0
"""The last text lowered, its lower case, and what re.I folds there that lower() keeps
apart: 1 where the lower case holds a dotless i or long s, 2 where it holds only a
combining dot above (`İ` lower-cased), else 0. Told once per text, not once per cue
asked about it (a cue's key test asked it after every miss). Three module globals, not
one list: a global is one specialised opcode to read, an item of a list three (about
3,000 opcodes per read fewer over the cues' tests)."""


def lowered(text: str) -> str:
    """`text.lower()`, remembered for the last text asked (cues ask in turn) and, by
    value, for the texts of the report (see lower_text: the cues ask about each sentence
    and clause about five times)."""
    global _text, _low, _folds
    if _text is not text:
        low = lower_text(text)
        if low.isascii():
            folds = 0
        elif "ı" in low or "ſ" in low:
            folds = 1
        else:
            folds = 2 if "\u0307" in low else 0
        _text, _low, _folds = text, low, folds
    return _low


def lower_exact(text: str) -> str | None:
    """`text.lower()`, or None where lower() and re.I disagree: a letter whose lower case
    is longer ("İ"), or the dotless i and long s, which re.I takes for i and s."""
    low = lowered(text)
    if len(low) != len(text) or _folds == 1:
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
    (lower-cased) may match somewhere in `text`. A non-ASCII text is lower-cased through
    `lowered`: other steps lower-case the same sentences, and lower() of such text goes
    letter by letter through the Unicode tables."""
    if text.isascii():
        low = text.lower()
        for key in keys:
            if key in low:
                return True
        return False
    low = lowered(text)
    for key in keys:
        if key in low:
            return True
    return _folds != 0


_FEW_KEYS = 24
"""Up to this many keys, `in` per key beats one prefix-tree search (measured on the
reports: the loop stops at the first key found, and most keys are short)."""


class Keyed:
    """A pattern that can only match where one of `keys` (lower-cased; as they stand for
    a `cased` pattern, which has no re.I) occurs: the key test skips most texts.

    re.IGNORECASE also folds `İ` and `ı` onto `i` and `ſ` onto `s`, which lower() keeps
    apart, so a text holding one is always searched. Many keys are tested as one prefix
    tree. A whole-text search of a case-insensitive pattern first runs its lower-cased
    form on the lower-cased text and lets the real pattern confirm from where that one
    matched; with `starts`, a start finder (see cuestarts) takes the place of both the
    key test and that form. Every search runs the pattern's `lead` form (`led`: led even
    where its first letters are common, for the cues measured cheaper so)."""

    __slots__ = ("pattern", "keys", "cased", "many", "any_key", "folded", "fast", "finder", "other")

    def __init__(
        self,
        pattern: re.Pattern,
        keys: str,
        *,
        cased: bool = False,
        starts: bool = False,
        led: bool = False,
    ) -> None:
        self.pattern = pattern
        self.keys = tuple(keys.split("|"))
        self.cased = cased
        self.many = len(self.keys) > _FEW_KEYS
        self.any_key = re.compile(key_tree(self.keys))
        self.fast = lead(pattern)
        ignores_case = bool(pattern.flags & re.I)
        lowered_form = folded(pattern) if ignores_case and not cased else None
        self.folded = lead(lowered_form, led) if lowered_form is not None else None
        self.finder = None
        if starts and (self.folded is not None or not ignores_case):
            self.finder = start_finder(self.folded or pattern)
        self.other = cased or self.finder is not None

    def may(self, text: str) -> bool:
        if self.cased:
            for key in self.keys:
                if key in text:
                    return True
            return False
        low = _low if _text is text else lowered(text)
        if self.many:
            if self.any_key.search(low):
                return True
        else:
            for key in self.keys:
                if key in low:
                    return True
        return _folds != 0

    def search(self, text: str, *span: int) -> re.Match | None:
        """pattern.search, skipped where may() says no (its test written out: asked often;
        `other` is a cased pattern or one with a start finder)."""
        if self.other:
            if self.finder is not None and not span:
                return self._started(text)
            if self.cased:
                return self.fast.search(text, *span) if self.may(text) else None
        low = _low if _text is text else lowered(text)
        if self.many:
            if self.any_key.search(low) is None and _folds == 0:
                return None
        else:
            for key in self.keys:
                if key in low:
                    break
            else:
                if _folds == 0:
                    return None
        if span or self.folded is None:
            return self.fast.search(text, *span)
        if len(low) != len(text) or _folds == 1:
            return self.fast.search(text)
        first = self.folded.search(low)
        return None if first is None else self.fast.search(text, first.start())

    def _started(self, text: str) -> re.Match | None:
        """The whole-text search from the word where the start finder first matches."""
        if self.folded is not None:
            low = _low if _text is text else lowered(text)  # lower_exact, written out
            if len(low) != len(text) or _folds == 1:
                return self.fast.search(text) if self.may(text) else None
        else:
            low = text
        first = self.finder.first(low)
        if first is None:
            return None
        return self.fast.search(text, word_start(text, first))

    def match(self, text: str, *span: int) -> re.Match | None:
        return self.fast.match(text, *span) if self.may(text) else None

    def finditer(self, text: str, *span: int):
        return self.fast.finditer(text, *span) if self.may(text) else iter(())

    def sub(self, repl, text: str) -> str:
        return self.pattern.sub(repl, text)
