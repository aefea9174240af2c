"""A relegation play-off named as a round (`Relegations-Rückspiel`, `relegation
play-off`, `in der Relegation`), told apart from a side fighting relegation."""

from __future__ import annotations

import re

_PLAY_OFF = re.compile(
    r"relegation[- ]?(?:play-?offs?|playoffs?|final|decider)|relegations-?(?:spiel|hinspiel|"
    r"rückspiel|duell|finale|partie)\w*",
    re.IGNORECASE,
)
_GERMAN_RELEGATION = re.compile(r"(?:\b(?:der|die|zur|Die|Der|Zur)|Spiel|spiel) $")


def is_play_off(text: str, match: re.Match) -> bool:
    """Only the play-off itself (`Relegations-Rückspiel`, `relegation play-off`,
    `in der Relegation`), never `fighting relegation` or `Relegationsplatz`."""
    if _PLAY_OFF.match(text, match.start("word")):
        return True
    word = text[match.start("word") : match.end("word")]
    before = text[max(0, match.start("word") - 12) : match.start("word")]
    return word == "Relegation" and bool(_GERMAN_RELEGATION.search(before))
