"""Where a long cue pattern may start, found fast: its alternatives regrouped by first
letter, so `re` enters one group at a word instead of trying eighty alternatives there."""

from __future__ import annotations

import re

from bot.reports.patterns.keyed import Keyed, lower_exact

_META = frozenset("\\.^$*+?{}[]|()")
_QUANTIFIERS = frozenset("?*+{")


def top_level(body: str) -> list[str]:
    """A pattern's text split at its top-level `|`."""
    parts, current = [], []
    depth, in_class, escaped = 0, False, False
    for char in body:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append("".join(current))
            current = []
            continue
        current.append(char)
    parts.append("".join(current))
    return parts


def _group_end(text: str, start: int) -> int:
    """Index of the `)` closing the group opened at `start`."""
    depth, in_class, escaped = 0, False, False
    for index in range(start, len(text)):
        char = text[index]
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return index
    raise ValueError(text)


def _spread(alternative: str, bounded: bool = False) -> list[tuple[bool, str]]:
    """The alternative as (starts at a word boundary, text) pieces that each begin with
    what they match first: a leading `\\b` is noted, a leading lookbehind dropped (the
    pieces may start wherever the alternative may: more, never fewer), and a leading
    group's branches each take the rest of the alternative. A leading `\\w*` is dropped
    too: the search then starts at the beginning of the word the piece is found in."""
    while True:
        if alternative.startswith("\\b"):
            alternative, bounded = alternative[2:], True
        elif alternative.startswith(("(?<!", "(?<=")):
            alternative = alternative[_group_end(alternative, 0) + 1 :]
        else:
            break
    if alternative.startswith("\\w*"):
        return [(False, alternative[3:])]
    if alternative.startswith("(?:"):
        end = _group_end(alternative, 0)
        rest = alternative[end + 1 :]
        if rest[:1] not in _QUANTIFIERS:
            return [
                piece
                for branch in top_level(alternative[3:end])
                for piece in _spread(branch + rest, bounded)
            ]
    return [(bounded, alternative)]


def _grouped(pieces: list[str]) -> str:
    groups: dict[str, list[str]] = {}
    others: list[str] = []
    for piece in pieces:
        first = piece[:1]
        if first and first not in _META and piece[1:2] not in _QUANTIFIERS:
            groups.setdefault(first, []).append(piece[1:])
        else:
            others.append(piece)
    parts = [re.escape(first) + "(?:" + "|".join(rest) + ")" for first, rest in groups.items()]
    return "|".join(parts + others)


def start_finder(pattern: re.Pattern) -> re.Pattern:
    """A pattern matching at every place `pattern` matches (and maybe a few more):
    its first match is never later than `pattern`'s, from where that one is searched."""
    if pattern.flags & re.VERBOSE:
        raise ValueError("verbose patterns are not regrouped")
    pieces = [piece for branch in top_level(pattern.pattern) for piece in _spread(branch)]
    bounded = [text for at_boundary, text in pieces if at_boundary]
    loose = [text for at_boundary, text in pieces if not at_boundary]
    parts = ([r"\b(?:" + _grouped(bounded) + ")"] if bounded else []) + (
        ["(?:" + _grouped(loose) + ")"] if loose else []
    )
    return re.compile("|".join(parts), pattern.flags)


class Started(Keyed):
    """A Keyed cue whose whole-text search skips the key test and runs a start finder
    (on the lower-cased text for a case-insensitive cue), then the cue from the start of
    the word found."""

    __slots__ = ("finder", "on_lowered", "ignores_case")

    def __init__(self, cue: Keyed) -> None:
        for name in Keyed.__slots__:
            setattr(self, name, getattr(cue, name))
        self.on_lowered = cue.folded is not None
        self.ignores_case = bool(cue.pattern.flags & re.I)
        self.finder = start_finder(cue.folded if self.on_lowered else cue.pattern)

    def search(self, text: str, *span: int) -> re.Match | None:
        if span:
            return super().search(text, *span)
        if self.on_lowered:
            low = lower_exact(text)
            if low is None:
                return super().search(text)
            first = self.finder.search(low)
        elif self.ignores_case:
            return super().search(text)
        else:
            first = self.finder.search(text)
        if first is None:
            return None
        return self.pattern.search(text, word_start(text, first.start()))


def word_start(text: str, at: int) -> int:
    """Where the word holding `at` begins (`\\w` is exactly `isalnum()` or "_")."""
    while at and (text[at - 1].isalnum() or text[at - 1] == "_"):
        at -= 1
    return at
