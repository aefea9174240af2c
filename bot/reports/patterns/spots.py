"""A whole-text `finditer` narrowed to the only places its matches can be, with the
same matches in the same order.

A pattern opening with `\\b` (or an alternation of words) gives `re` no first character
to skip ahead to, so a search of a whole report tries it at every character. Where
each match is known to begin with one of a few words, or to hold one and consist of
word characters, spaces and hyphens alone, `str.find` (fast C code) finds the few
places worth trying."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

from bot.competitions.scan import find_all
from bot.reports.patterns.alternations import lead
from bot.reports.patterns.keyed import folded, lower_exact

_END = sys.maxsize


def starting_with(pattern: re.Pattern, text: str, words: tuple[str, ...]) -> Iterator[re.Match]:
    """`pattern.finditer(text)` for a pattern each of whose matches begins with one of
    `words` (as they stand: the pattern must not ignore case there).

    Exact: `finditer` yields the leftmost match at or after the end of the one before
    (none is empty: each holds a word), and a match can begin only where a word does,
    so trying `match` at those places in order, skipping those inside the last match,
    finds the same matches. `match` at a position sees the text before it (a `\\b` or a
    look-behind reads as in the whole text)."""
    spots = sorted({at for word in words for at in find_all(text, word)})
    end = 0
    for at in spots:
        if at < end:
            continue
        found = pattern.match(text, at)
        if found is not None:
            end = found.end()
            yield found


_RUN = re.compile(r"[\w\s-]*")
_RUN_QUOTED = re.compile(r"[\w\s'’-]*")


def within_runs(
    pattern: re.Pattern, text: str, low: str, keys: tuple[str, ...], quotes: bool = False
) -> Iterator[re.Match]:
    """`pattern.finditer(text)` for a pattern each of whose matches holds one of `keys`
    in `low` (the text lower-cased, of the same length, or the text itself for a cased
    pattern) and consists of word characters, whitespace and `-` alone (with `quotes`,
    `'` and `’` too), and which looks ahead at no other character but with `\b`.

    Exact: such a match lies inside one run of those characters; the runs holding a key
    are searched whole, in text order. The character after a run is none of them, so
    the run's end reads to the pattern as the text's end would (nothing there to match,
    a word boundary after a word character), and the one before it is read as it
    stands. A run is found in C: forward from the key, and backward on the reversed
    text."""
    run = _RUN_QUOTED if quotes else _RUN
    size = len(text)
    backward = None
    runs: list[tuple[int, int]] = []
    for key in keys:
        for at in find_all(low, key):
            if any(lo <= at < hi for lo, hi in runs):
                continue
            if backward is None:
                backward = text[::-1]
            lo = size - run.match(backward, size - at).end()
            runs.append((lo, run.match(text, at).end()))
    for lo, hi in sorted(runs):
        yield from pattern.finditer(text, lo, hi)


class Folded:
    """A case-insensitive pattern searched as its lower-cased form (see keyed.folded) on
    the lower-cased text, where that matches exactly where the pattern does (lower_exact):
    several times faster than re.I. Each match is then made by the pattern itself at the
    place found, so callers get the same match objects (of the text as it stands). `led`:
    the lower-cased form led by its first letters even where they are common (lead)."""

    __slots__ = ("pattern", "low")

    def __init__(self, pattern: re.Pattern, led: bool = False) -> None:
        self.pattern = pattern
        low = folded(pattern) if pattern.flags & re.I else None
        self.low = lead(low, led) if low is not None else None

    def search(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match | None:
        low = lower_exact(text) if self.low is not None else None
        if low is None:
            return self.pattern.search(text, pos, endpos)
        first = self.low.search(low, pos, endpos)
        return None if first is None else self.pattern.match(text, first.start(), endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = _END) -> Iterator[re.Match]:
        low = lower_exact(text) if self.low is not None else None
        if low is None:
            return self.pattern.finditer(text, pos, endpos)
        match = self.pattern.match
        return (match(text, m.start(), endpos) for m in self.low.finditer(low, pos, endpos))

    def match(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match | None:
        return self.pattern.match(text, pos, endpos)


class Either:
    """One of two forms of a pattern searched on lower-cased text: `light`, the pattern
    without the alternatives that need one of `keys` (lower-cased, and with the same
    groups), where the text holds none of them; there those alternatives cannot match,
    so both forms find the same matches, and `light` skips the costly ones.

    The alternatives left out are compound words (`[\\w-]*hinspiel\\w*`, tried at every
    word and backtracked there): a match of one starts in the run of word characters and
    hyphens that holds its key, at or after the run's start. Where a key is written, the
    full form is searched only from the first place a match of it can start: the light
    form's first match, or the start of the first run holding a key."""

    __slots__ = ("full", "light", "keys", "light_keys")

    def __init__(
        self,
        full: re.Pattern,
        light: re.Pattern,
        keys: tuple[str, ...],
        light_keys: tuple[str, ...] = (),
    ) -> None:
        if full.groupindex != light.groupindex or full.groups != light.groups:
            raise ValueError("the two forms must have the same groups")
        self.full, self.light, self.keys = full, light, keys
        # Where given, every match of `light` holds one of these: a text holding a
        # compound's key and none of them (a German sentence with `Hinspiel`) is not
        # searched with `light` for the full form's earliest start (a `\b`-led scan of
        # the whole sentence, about 150 instructions a character, that finds nothing).
        self.light_keys = light_keys

    def _light_may(self, low: str) -> bool:
        if not self.light_keys:
            return True
        for key in self.light_keys:
            if key in low:
                return True
        return False

    def _form(self, low: str) -> re.Pattern:
        for key in self.keys:
            if key in low:
                return self.full
        return self.light

    def _earliest(self, low: str, pos: int) -> int:
        """No match of the full form starts before this (none is empty, each holds a
        word): a later key's run starts no earlier than the first one's."""
        first = self.light.search(low, pos) if self._light_may(low) else None
        earliest = len(low) if first is None else first.start()
        for key in self.keys:
            at = low.find(key, pos)
            if at == -1:
                continue
            while at > pos and (low[at - 1].isalnum() or low[at - 1] in "_-"):
                at -= 1
            earliest = min(earliest, at)
        return earliest

    def search(self, low: str, pos: int = 0, endpos: int = _END) -> re.Match | None:
        form = self._form(low)
        if form is self.light or endpos != _END:
            return form.search(low, pos, endpos)
        return form.search(low, self._earliest(low, pos))

    def finditer(self, low: str, pos: int = 0, endpos: int = _END) -> Iterator[re.Match]:
        form = self._form(low)
        if form is self.light or endpos != _END:
            return form.finditer(low, pos, endpos)
        return self._each(low, pos)

    def _each(self, low: str, pos: int) -> Iterator[re.Match]:
        """finditer's matches (none empty): each the first search from the last one's end."""
        while (found := self.search(low, pos)) is not None:
            yield found
            pos = found.end()

    def match(self, low: str, pos: int = 0, endpos: int = _END) -> re.Match | None:
        return self._form(low).match(low, pos, endpos)


def merged(patterns: tuple[re.Pattern, ...], text: str) -> list[re.Match]:
    """The matches of several patterns in text order: one pattern's `finditer` where the
    patterns are its alternatives split by the plain character each opens on (`re` skips
    to one character in C, faster than to a class), when no two of their matches can
    overlap (the caller's reason)."""
    return sorted((m for p in patterns for m in p.finditer(text)), key=lambda m: m.start())
