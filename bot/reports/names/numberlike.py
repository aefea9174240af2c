"""Whether a capitalised word is a number word (`Zwei`, `Eleven`, `Einer`) rather than a
name: the people finder asks it of every capitalised word, so it is cached and gated."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.competitions.scan import grouped
from bot.reports.text.numberwords import _GERMAN_STEM, ENGLISH_STEMS, number


@lru_cache(maxsize=8192)
def number_word(word: str) -> bool:
    """Pure and asked about every capitalised word, so remembered. One call is
    enough: `number` tries both languages whichever it is given first. A word with
    no number stem (most names) is none, which skips the costly text2num parse."""
    low = word.strip().lower()
    if low not in _ONES and not _number_stem(low):
        return False
    return number(word, "en") is not None


_ONES = frozenset("a an one eine einer ein einen".split())
_STEMS = (*ENGLISH_STEMS, *_GERMAN_STEM.pattern.split("|"))
_STEM = re.compile(grouped(_STEMS, [re.escape(stem) for stem in _STEMS]) + r"|\d|\Aos+\Z")
"""numberwords' English and German stems grouped by first letter, a digit, or `o` plus
`s`s: english_stem's tests and the German stems in one search (most words hold none,
and one search costs a third of three)."""


def _number_stem(low: str) -> bool:
    """Whether the word holds an English or German number stem: a word with none
    (most names) is no number in either language."""
    return _STEM.search(low) is not None
