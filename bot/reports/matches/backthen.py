"""A sentence told `back then` right after one about another season (`Ganz vergessen hat
man das Duell aus dem Vorjahr nicht. Damals hatten die Bayern im Hinspiel in London 3:1
gewonnen ...`, `Last season's meeting still rankles. Back then, ...`) is of that season
too: the story's present teams are no guide to its sides."""

from __future__ import annotations

import re

from bot.reports.matches.resultchecks import OTHER_TIME
from bot.reports.text.holdsany import holds_any

_BACK_THEN = re.compile(
    r"\b(?:[Dd]amals|[Bb]ack then|[Aa]t the time|[Tt]hat time|[Bb]efore that|[Pp]rior to that|"
    r"[Dd]avor|[Zz]uvor)\b"
)
_KEYS = (
    "amals", "ack then", "t the time", "hat time", "efore that", "rior to that", "avor", "uvor",
)  # fmt: skip
"""`Before that`, `Davor` after a sentence of another season: earlier still, so no
game of the story's present either."""
_EARLIER_SEASON = re.compile(
    r"\b(?:(?:aus dem|im|des) Vorjahr(?:es)?|(?:der|aus der|in der) Vorsaison|"
    r"(?:last|previous) (?:season|year)(?:'s)?|a year (?:ago|earlier))\b",
    re.I,
)


def told_back_then(doc, index: int) -> bool:
    """Whether sentence `index` says `damals` / `back then` and the one before it tells
    of another season."""
    text = doc.sentences[index].text
    if index == 0 or not holds_any(text, _KEYS):  # the cheap test first
        return False
    return _BACK_THEN.search(text) is not None and (
        OTHER_TIME.search(before := doc.sentences[index - 1].text) is not None
        or _EARLIER_SEASON.search(before) is not None
    )


_MONTHS_BACK = re.compile(
    r"\b(?:(?:a|one|two|three|four|five|six|several|\d) months? (?:earlier|before)|"
    r"vor (?:einem|zwei|drei|vier|fünf|sechs|einigen|\d) Monat(?:en)?|"
    r"(?:einen|zwei|drei|vier|fünf|sechs|einige|\d) Monate? (?:zuvor|davor|früher))\b",
    re.I,
)
_MONTHS_KEYS = ("month", "Monat")


def months_back(text: str) -> bool:
    """`The damage had been done a month earlier in Rotterdam, where the Dutch won 2-0`:
    a result told months back (a first leg is told weeks back) is no game of the story's
    day, so the story's pairs are no guide to the side it leaves unnamed."""
    return holds_any(text, _MONTHS_KEYS) and _MONTHS_BACK.search(text) is not None
