"""Fast scanning helpers shared by the competition, stage and date scanners.

`re` is slow when a pattern with many alternatives or a leading lookbehind must
be tried at every position of a text. The scanners instead find a few keywords
with str.find (fast C code) and try their pattern only at the word starts just
before each hit, on lower-cased text with case-sensitive patterns.
"""

from __future__ import annotations

import re
from functools import lru_cache

_WORD_START = re.compile(r"\w(?<!\w\w)")
r"""`(?<!\w)\w` with the character first and the look back after it (the same starts):
a pattern that opens with a class lets `re` skip to it."""


def lower_keeping_positions(text: str) -> str:
    """`text.lower()`, except that a letter whose lower case is longer (`İ` gives
    `i̇`) is cut to its first character, so every index still matches `text`."""
    low = lower_text(text)
    if len(low) == len(text):
        return low
    return "".join(ch.lower()[0] for ch in text)


@lru_cache(maxsize=512)
def lower_text(text: str) -> str:
    """`text.lower()` by value: the reader's steps lower-case each sentence and clause of
    a report several times, often as a new slice of the same text, and lower() of text
    with any non-ASCII letter or quote costs several times a lookup."""
    return text.lower()


def find_all(text: str, word: str) -> list[int]:
    """Every index where `word` occurs in `text`."""
    out = []
    at = text.find(word)
    while at >= 0:
        out.append(at)
        at = text.find(word, at + 1)
    return out


def grouped(keys: list[str], parts: list[str]) -> str:
    """The alternation of `parts` (the case-sensitive regex of each key, in order),
    grouped by the key's first letter: `re` tries every alternative at every
    position, so this finds the same matches, tried in the same order, while only
    the group of the letter at hand is entered."""
    choices = []
    for key, part in zip(keys, parts, strict=True):
        first = re.escape(key[0])
        if not part.startswith(first):
            raise ValueError(f"{part!r} does not begin with {first!r}")
        choices.append((key[0], part[len(first) :]))
    return grouped_by_first(choices)


def grouped_by_first(choices: list[tuple[str, str]], key=None) -> str:
    """(first character, rest) choices as one alternation grouped by that character
    (or by `key(character)`), each group in the order its choices came; the reader's
    fast cue patterns (bot.reports.patterns.alternations) are built with it too."""
    groups: dict[str, list[tuple[str, str]]] = {}
    for first, rest in choices:
        groups.setdefault(key(first) if key else first, []).append((first, rest))
    out = []
    for group in groups.values():
        first = re.escape(group[0][0])
        if len(group) == 1 and "|" not in group[0][1]:
            out.append(first + group[0][1])
        else:
            out.append(first + "(?:" + "|".join(rest for _, rest in group) + ")")
    return "|".join(out)


def find_any(text: str, words: tuple[str, ...]) -> list[int]:
    """Every index where one of `words` occurs in `text`, sorted, each once: an `in` test
    per word, and for a word found, str.find again from just past each hit (so overlapping
    words are all found). On the reader's calls (about 20 per read, texts of 9-640
    characters, 5-36 words) this costs 0.43 M instructions per read, one literal
    alternation per first letter 0.52 M (a regex call each, about 1,300 instructions before
    it scans), str.find alone 0.70 M (a method call with arguments, about 700)."""
    if not words:
        return []
    if not all(words):
        return list(range(len(text) + 1))  # the empty word occurs everywhere
    out: list[int] = []
    for word in words:
        if word in text:
            at = text.find(word)
            while at >= 0:
                out.append(at)
                at = text.find(word, at + 1)
    return sorted(set(out)) if out else out


def word_starts(text: str, begin: int, end: int) -> list[int]:
    """Starts of words in text[begin:end + 1], earliest first."""
    return [m.start() for m in _WORD_START.finditer(text, max(0, begin), end + 1)]


def keyword_matches(
    low: str, pattern: re.Pattern[str], words: tuple[str, ...], reach: int
) -> list[re.Match[str]]:
    """Matches of `pattern` that cover one of `words`, starting at most `reach`
    characters before it; earliest start first, never overlapping."""
    hits = find_any(low, words)
    out: list[re.Match[str]] = []
    if not hits:
        return out
    covered = 0
    for hit in hits:
        if hit < covered:
            continue
        for start in word_starts(low, max(covered, hit - reach), hit):
            match = pattern.match(low, start)
            if match is not None and match.end() > hit:
                out.append(match)
                covered = match.end()
                break
    return out
