"""`Messi drifted in and out of the game, and Valverde's side looked shaken once the
second goal went in`, `wirkte nach dem zweiten Gegentor geschockt`: a goal named by its
place in the game as the time of something else is a goal told before, not a new one,
and the player the clause names did not score it."""

from __future__ import annotations

import re

from bot.reports.goals import goalwords as goalcues

_ORDINAL_EN = r"(?:first|second|third|fourth|fifth|sixth|opening|early|late|next|last)"
_ORDINAL_DE = r"(?:ersten|zweiten|dritten|vierten|fünften|sechsten|frühen|späten|nächsten)"
_AS_TIME = {
    "en": re.compile(
        r"\b(?:once|after|when|until|till|before|since|as soon as|by the time)\s+the\s+"
        + _ORDINAL_EN
        + r"\s+goal\s+(?:went in|had gone in|came|had come|arrived|fell|was scored)\b",
        re.I,
    ),
    "de": re.compile(
        r"\b(?:nach dem|seit dem|bis zum|vor dem)\s+" + _ORDINAL_DE + r"\s+(?:Gegen)?tor\b|"
        r"\b(?:als|sobald|nachdem|bis)\s+das\s+" + _ORDINAL_DE + r"\s+(?:Gegen)?tor\s+"
        r"(?:fiel|gefallen war)\b",
        re.I,
    ),
}
_KEYS = {"en": " goal ", "de": "tor"}


def goal_only_as_time(text: str, lang: str) -> bool:
    """Whether the clause's goal words are only such a time: blanked out, no cue is left."""
    if lang not in _AS_TIME or _KEYS[lang] not in text.lower():
        return False
    pattern = _AS_TIME[lang]
    if pattern.search(text) is None:
        return False
    blank = pattern.sub(lambda m: " " * len(m.group()), text)
    return goalcues.GOAL[lang].search(blank) is None
