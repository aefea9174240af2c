"""Where a long cue pattern may start, found fast: its alternatives regrouped by first
letter, so `re` enters one group at a word instead of trying eighty alternatives there."""

from __future__ import annotations

import re

from bot.reports.patterns.alternations import firsts, grouped, spread
from bot.reports.patterns.syntax import top_level


def start_finder(pattern: re.Pattern) -> re.Pattern:
    """A pattern matching at every place `pattern` matches (and maybe a few more):
    its first match is never later than `pattern`'s, from where that one is searched.

    Each alternative keeps only its leading `\\b` (lookbehinds are dropped: the finder
    may start wherever the alternative may, and more), and one opening with `\\w*`
    loses it: the search then starts at the beginning of the word it is found in."""
    if pattern.flags & re.VERBOSE:
        raise ValueError("verbose patterns are not regrouped")
    bounded: list[str] = []
    loose: list[str] = []
    for asserted, text in (p for top in top_level(pattern.pattern) for p in spread(top)):
        if text.startswith("\\w*"):
            loose.append(text[3:])
        else:
            (bounded if "\\b" in asserted else loose).append(text)
    parts = [
        f"{lead}(?:{_grouped(texts)})" for lead, texts in (("\\b", bounded), ("", loose)) if texts
    ]
    return re.compile("|".join(parts), pattern.flags)


def _grouped(texts: list[str]) -> str:
    """The texts grouped by a plain first character where they have one, the rest after."""
    choices, others = [], []
    for text in texts:
        options = firsts(text)
        if options is None or len(options) > 1:
            others.append(text)
        else:
            choices += options
    return "|".join(filter(None, [grouped(choices), *others]))


def word_start(text: str, at: int) -> int:
    """Where the word holding `at` begins (`\\w` is exactly `isalnum()` or "_")."""
    while at and (text[at - 1].isalnum() or text[at - 1] == "_"):
        at -= 1
    return at
