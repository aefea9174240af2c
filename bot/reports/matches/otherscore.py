"""A sentence telling another result of the pair (`turned the 1-0 defeat in the cup
final on its head`) names that result's round, not the main match's; one telling a
leg (`das Hinspiel mit 2:0 gewonnen`) or a shoot-out (`mit 4:2 im Elfmeterschießen`) is
of the same match or tie, and keeps its round."""

from __future__ import annotations

import re

from bot.reports.matches import cues

_SCORE = re.compile(r"(\d(?<![\d.:]\d)\d?)\s?[-:–]\s?(\d{1,2})(?![\d.:])")
r"""A digit first, its look-behind after it (the same matches): `re` skips to digits, where
`(?<![\d.:])` first was tried at every character."""


def tells_other_score(text: str, goals: tuple[int, int]) -> bool:
    """Whether the text tells only scores other than the main match's (either way
    round): a sentence that also holds the main score is about the main match."""
    own = {goals, goals[::-1]}
    found = {(int(a), int(b)) for a, b in _SCORE.findall(text)}
    if not found - own or found & own:
        return False
    if _DAYS_BEFORE.search(text) and not _YEAR.search(text):
        return False
    return not cues.LEG.search(text) and not cues.PENALTIES.search(text)


_DAYS_BEFORE = re.compile(
    r"\b(?:(?:\w+|a) (?:days?|weeks?) (?:earlier|before)|vor (?:einer|\w+) (?:woche|tagen)|"
    r"(?:\w+ tage|eine woche) (?:zuvor|vorher|davor|früher))\b",
    re.I,
)
"""`written off after a 2-0 defeat at San Siro eight days earlier, ... levelled the
semi-final`: a result of the pair days before is the tie's other leg, of the same round."""
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
