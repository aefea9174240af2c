"""A remark set off by commas after a player's name that tells of another leg (`Giroud,
heavily criticised after the first leg, struck in the 36th minute`; `Giroud, im
Hinspiel noch ausgepfiffen, traf`) describes the player, not the match the clause
goes on to tell: the leg it names moves no goal. A leg given as the reason is
background too."""

from __future__ import annotations

import re

_EN = re.compile(
    r"[A-Z](?<!\w[A-Z])[\w'’-]+(,\s+(?:(?:heavily|widely|much|roundly|badly|so|often|sharply|"
    r"fiercely|loudly)\s+)?[a-z]+(?:ed|en)\b[^,.;:\d]{0,60}?\b(?:first|opening|second|"
    r"return)[- ]leg\b[^,.;:\d]{0,30},)"
)
_DE = re.compile(
    r"[A-ZÄÖÜ](?<!\w[A-ZÄÖÜ])[\w'’-]+(,\s+[^,.;:\d]{0,40}?\b(?:Hinspiel|Rückspiel)\w*\b[^,.;:\d]{0,40}?"
    r"\b(?:ge[a-zäöüß]+(?:t|en)|[a-zäöüß]+iert)\s*,)"
)
"""Both open on the capital (`re` skips to one in C): the look-behind for a word character
before it is exactly the word boundary before a capital."""


def leg_remark(sentence: str) -> tuple[int, int] | None:
    """The span (from its opening comma to just past its closing one) of the first such
    remark in a sentence, or None."""
    # _EN's matches hold `leg`, _DE's `Hinspiel` or `Rückspiel`
    english = "leg" in sentence
    if not english and "Hinspiel" not in sentence and "Rückspiel" not in sentence:
        return None
    found = _EN.search(sentence) if english else None
    if found is None and ("Hinspiel" in sentence or "Rückspiel" in sentence):
        found = _DE.search(sentence)
    return (found.start(1), found.end(1)) if found else None


_BECAUSE = re.compile(r"\s*(?:Weil|Da|Because|Since)\s")


def leg_as_reason(text: str) -> bool:
    """`Weil das Hinspiel ... torlos geendet hatte, entschied das Auswärtstor`: a clause
    giving a leg as the reason is background; the sentences after it tell the match the
    story is about, so its leg carries no further."""
    return _BECAUSE.match(text) is not None
