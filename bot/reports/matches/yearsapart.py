"""How many years before the story's match a result was: `vor zwei Jahren`, `two years
ago`, and a score right after `Zwei Jahre nach dem` / `two years after the`."""

from __future__ import annotations

import re

from bot.reports.patterns.keyed import Keyed

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "einem": 1, "einen": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6,
    "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "twenty": 20,
    "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16, "zwanzig": 20,
}  # fmt: skip
_AFTER_NUMBER = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_YEARS_AGO = Keyed(
    re.compile(
        r"\b(?:(?P<en>\d|one|two|three|four|five|six) (?:years?|seasons?) (?:ago|earlier)|"
        r"vor (?P<de>\d|einem|zwei|drei|vier|fünf|sechs) (?:jahren|jahr|spielzeiten|saisons?))\b",
        re.I,
    ),
    "ago|earlier|vor",
)


QUADRENNIAL = frozenset(
    ("FIFA World Cup", "UEFA European Championship", "FIFA Women's World Cup", "AFC Asian Cup")
)
"""Tournaments played every four years: a result some other number of years back is of
another competition (`Vor zwei Jahren hatte er mit Brasilien 2:1 gegen die Three Lions
gewonnen` in a Euro 2004 story was a World Cup game)."""


def between_editions(text: str, primary: str | None) -> bool:
    """Whether `text` tells its result a number of years back that no edition of the
    story's four-yearly tournament lies at, so that tournament is no guess for it."""
    if primary not in QUADRENNIAL:
        return False
    years = years_back(text)
    return years is not None and years % 4 != 0


def years_back(text: str) -> int | None:
    """`two years ago`, `vor zwei Jahren`: how many years before the dateline."""
    found = _YEARS_AGO.search(text)
    if found is None:
        return None
    word = (found.group("en") or found.group("de")).lower()
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word)


_YEARS_AFTER = re.compile(
    rf"\b(?P<n>\d\d?|{_AFTER_NUMBER})\s+"
    r"(?:years?|seasons?|Jahre|Jahren|Spielzeiten)\s+(?:after|nach)\s+(?:the|dem|der)\s+"
    r"(?-i:(?:(?:[a-zäöü]+(?:en|em|er|ed|ous)|lost|won)\s+)?)$",
    re.I,
)
"""The phrase may end in one lower-case adjective: `Vierzehn Jahre nach dem verlorenen
WM-Finale`, `twelve years after the lost final`."""


def years_before(text: str, at: int) -> int | None:
    """`Zwei Jahre nach dem 2:0 von Rom besiegten ...`, `two years after the 2-0 in Rome`:
    the score right after the phrase was that many years before the story's match."""
    if "ahre" not in text and "year" not in text and "season" not in text:
        return None
    start = max(0, at - 60)
    window = text[start:at].lower()
    if "after" not in window and "nach" not in window:
        # Each match lies in this window and holds `after` or `nach` (re.I folds no other
        # character to their letters), which lower() keeps.
        return None
    found = _YEARS_AFTER.search(text, start, at)
    if found is None:
        return None
    word = found.group("n").lower()
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word)
