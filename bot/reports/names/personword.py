"""Whether a capitalised word is part of a person's name (`Jordi Alba`, `David Villa`)
rather than a team's: the word before it, a first name, says so."""

from __future__ import annotations

from bot.reports.names.mentionwords import (
    _ARTICLES,
    _CALENDAR,
    _FUNCTION,
    _NOUN_ENDINGS,
    _ROLES,
)


def previous_word(text, tokens, i) -> str:
    """The token before token i where one space joins them, else ''."""
    if i == 0:
        return ""
    gap = text[tokens[i - 1][1] : tokens[i][0]]
    return tokens[i - 1][2] if gap == " " else ""


_INFLECTED = ("en", "em", "er", "es")
"""`am selben Ort Island`: after an inflected lower-case word a capitalised German word is
a noun, not a first name (`dem eingewechselten Thomas Müller` names no team either way)."""


def looks_like_person(prev, text, tokens, i, lang, index, keys) -> bool:
    """`Jordi Alba`: a capitalised word that is no function word, role or team."""
    if not prev or not prev[0].isupper() or prev.isupper():
        return False
    low = prev.lower()
    if low in _FUNCTION or low in _ROLES or keys[i - 1] in index:
        return False
    if lang == "de" and low.endswith("s") and keys[i - 1][:-1] in index:
        return False
    if lang == "de" and low.endswith(_NOUN_ENDINGS):
        return False
    first = i - 1
    if first > 0 and text[tokens[first - 1][1] : tokens[first][0]] == "-":
        first -= 1
    told = previous_word(text, tokens, first)
    before = told.lower()
    if low in _CALENDAR or before in _ARTICLES or before == "in":
        return False
    if lang == "de" and before.endswith(_INFLECTED) and told.isalpha() and told.islower():
        return False  # `am selben Ort Island`, not `Schiedsrichter Hugh Dallas`
    return not _sentence_start(text, tokens[first][0])


def _sentence_start(text: str, offset: int) -> bool:
    while offset > 0 and text[offset - 1].isspace():
        offset -= 1
    return offset == 0 or text[offset - 1] in ".!?:\n"
