"""Number words ("seven", "ninth", "neunten") as numbers, through text2num."""

from __future__ import annotations

import re
from functools import lru_cache

from text_to_num import alpha2digit

from bot.competitions.scan import grouped

_DIGITS = re.compile(r"(\d{1,3})(?:st|nd|rd|th|\.)?")
# Every German number word holds one of these stems. German parsing costs ten times the
# English one, and most words asked about (names) hold none, so they skip it.
_GERMAN_STEM = re.compile(
    r"null|ein|zwei|zwo|drei|dritt|vier|fünf|fuenf|sech|sieb|acht|neun|zehn|elf|zwölf|zwoelf|"
    r"zwanzig|ßig|ssig|hundert|tausend|illion|illiard|erst"
)

ENGLISH_STEMS = (
    "zero nought one two thr thir four fif five six seven eigh nin ten elev twel twent fort "
    "hundred thousand illion first second".split()
)
"""Every English number word text2num reads holds one of these (or a digit, or is `o`
plus `s`s): a word with none is no number, which skips a parse of 2-40 µs."""
_ENGLISH_STEM = re.compile(grouped(ENGLISH_STEMS, [re.escape(stem) for stem in ENGLISH_STEMS]))
"""One literal alternation grouped by first letter, which `re` enters only at those
letters (a `\\d` or `^` among the choices would have it try all at every one)."""
_DIGIT = re.compile(r"\d")


def english_stem(low: str) -> bool:
    """Whether the lower-cased word may be an English number word."""
    if _ENGLISH_STEM.search(low) or _DIGIT.search(low):
        return True
    return len(low) > 1 and low[0] == "o" and low.count("s") == len(low) - 1


@lru_cache(maxsize=8192)
def number(word: str, lang: str) -> int | None:
    """`seven`, `ninth`, `35th`, `vier`, `neunten`, `16.` -> the number, else None."""
    word = word.strip().lower()
    if word in ("a", "an", "one", "eine", "einer", "ein", "einen"):
        return 1
    digits = _DIGITS.fullmatch(word)
    if digits:
        return int(digits.group(1))
    for code in (lang, "en" if lang == "de" else "de"):
        if code == "de" and not _GERMAN_STEM.search(word):
            continue
        if code == "en" and not english_stem(word):
            continue
        converted = _converted(word, code)
        if converted is None:
            continue
        digits = _DIGITS.fullmatch(converted.strip())
        if digits:
            return int(digits.group(1))
    return None


@lru_cache(maxsize=8192)
def _converted(word: str, code: str) -> str | None:
    """alpha2digit, remembered: number(w, "en") and number(w, "de") ask both languages."""
    try:
        return alpha2digit(word, code, threshold=0)
    except Exception:  # noqa: BLE001 - the library raises plain errors on odd words
        return None
