"""Number words ("seven", "ninth", "neunten") as numbers, through text2num."""

from __future__ import annotations

import re
from functools import lru_cache

from text_to_num import alpha2digit

_DIGITS = re.compile(r"(\d{1,3})(?:st|nd|rd|th|\.)?")
# Every German number word holds one of these stems. German parsing costs ten times the
# English one, and most words asked about (names) hold none, so they skip it.
_GERMAN_STEM = re.compile(
    r"null|ein|zwei|zwo|drei|dritt|vier|fünf|fuenf|sech|sieb|acht|neun|zehn|elf|zwölf|zwoelf|"
    r"zwanzig|ßig|ssig|hundert|tausend|illion|illiard|erst"
)


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
