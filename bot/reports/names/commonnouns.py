"""Words of a capitalised run that are common words, not names: a German noun by its
ending, article or adjective before it, a number word, an English word that only opens
a sentence."""

from __future__ import annotations

import re

from bot.reports.names.namewords import DETERMINERS, NOUN_ENDINGS
from bot.reports.names.numberlike import number_word

_STRONG_ENDINGS = ("ung", "heit", "keit", "schaft", "tion", "tät", "nis", "ismus")
_FIRST_NAMES_LIKE_NOUNS = frozenset(
    "dennis denis janis jannis yannis giannis ioannis yanis younis yunis anis".split()
)
"""First names with a noun's ending (`als Dennis Bergkamp ... zum Siegtor verarbeitete`:
`Dennis` had been read as a noun like `Ergebnis`, and the scorer lost)."""
_COUNT = re.compile(r"(?<![\d:.,\-–+/])\d{1,3} $")
"""A bare count right before the word (not the `0` of a `1:0` or a minute)."""
PERSON_ADJECTIVES = frozenset(
    "eingewechselte eingewechselten ausgewechselte ausgewechselten ehemalige ehemaligen".split()
)


def common_word(text, words, i, word, lang) -> bool:
    if lang == "de":
        return german_noun(text, words, i, word)
    if number_word(word):
        return True
    at_start = i == 0 or text[words[i - 1][1] : words[i][0]].strip()[-1:] in (".", "!", "?", ":")
    if not at_start:
        return False
    suffixed = word.lower().endswith(("ed", "ing", "ly"))
    if not suffixed and word.lower() not in text:
        return False
    if re.search(r"[A-Z][\w'-]+ " + re.escape(word) + r"\b", text):
        return False
    return suffixed or re.search(r"\b" + re.escape(word.lower()) + r"\b", text) is not None


def german_noun(text, words, i, word, adjective: bool = True) -> bool:
    """A noun by its ending, a number word, or the article before it. The word before
    is looked at ahead of number_word (a cold cache makes that the dearest test): either
    answer yes, so the order changes nothing."""
    low = word.lower()
    at = words[i][0]
    if at > 1 and text[at - 2].isdigit() and _COUNT.search(text, max(0, at - 6), at):
        return True  # `Der 19 Jahre alte Kylian Mbappé`, `nach 90 Minuten`: a counted noun
    endings = NOUN_ENDINGS if adjective else _STRONG_ENDINGS
    if low.endswith(endings) or "-" in word and low.split("-")[-1].endswith(endings):
        return low not in _FIRST_NAMES_LIKE_NOUNS
    spaced = i != 0 and text[words[i - 1][1] : words[i][0]] == " "
    if spaced:
        prev = words[i - 1][2]
        prev_low = prev.lower()
        if (prev_low in DETERMINERS and prev_low != "mit") or prev_low == "per":
            return True
    if number_word(word):
        return True
    if not spaced:
        return False
    joined = i > 1 and text[words[i - 2][1] : words[i - 1][0]] == " "  # not `zum 2:1, ehe X`
    if adjective and prev[0].islower() and joined and words[i - 2][2].lower() in DETERMINERS:
        return (
            prev.endswith(("e", "en", "er", "em", "es")) and prev.lower() not in PERSON_ADJECTIVES
        )
    return False
