"""`Der Weltmeister ... sicherte Galatasaray damit den 1:0-Sieg`, `gave Galatasaray a 1-0
win`: a side named right after a verb of giving and before the win it was given is the
winner (the dative), never the opponent; so is a nickname in quotes there (`sicherte
"Cimbom" damit den 1:0-Sieg`)."""

from __future__ import annotations

import re

_QUOTE = "[\"„“”»«‚‘’']?"
_GIVING = re.compile(
    r"\b(?:sicherte|sichert|sicherten|bescherte|beschert|schenkte|schenkt|"
    r"gave|gives|handed|hands|secured|secures|earned|earns|sealed|seals)\s+(?:de[mnr]\s+)?"
    + _QUOTE
    + "$"
)
_GIVEN_SCORE = re.compile(
    _QUOTE + r"\s*(?:damit|so|somit|nun|thereby|with it)?\s*"
    r"(?:den|einen|ihren|seinen|a|an|the|their|its)\s+$"
)
_WIN_WORD = re.compile(r"\s+(?:win|victory|triumph)\b")


def given_win(text: str, clause_people, team: str | None, hit) -> bool:
    """Whether `team` is named in the clause only right after a verb of giving and right
    before the score it is given (`sicherte X damit den 1:0-Sieg`, `gave X a 1-0 win`)."""
    named = [m for m in clause_people if m.team == team]
    if len(named) != 1 or not 0 < hit.start - named[0].end <= 20:
        return False
    if _GIVING.search(text, max(0, named[0].start - 20), named[0].start) is None:
        return False
    if _GIVEN_SCORE.fullmatch(text, named[0].end, hit.start) is None:
        return False
    return hit.suffix.lower() == "sieg" or _WIN_WORD.match(text, hit.end) is not None
