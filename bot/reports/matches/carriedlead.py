"""`Napoli arrived at Stamford Bridge with a 3-1 lead from the first leg`: a place told
before a score carried from the first leg is where the side arrived, the later leg's
ground, not the first leg's."""

from __future__ import annotations

import re

_HOLDING = r"\b(?:with|holding|carrying|protecting|defending|nursing) an? "
_CARRIED = re.compile(
    r"[^.;]{0,80}?" + _HOLDING + r"(?P<score>\d+\s?[-–]\s?\d+)"
    r"(?:\s+(?:lead|advantage|cushion|deficit))?\s+(?:from|in) the (?:first|opening)[- ]leg\b",
    re.I,
)
"""`arrived at Stamford Bridge with a 3-1 lead from the first leg`, `arrived in Lisbon
holding a 1-0 lead from the first leg`."""
_CARRIED_HERE = re.compile(
    _HOLDING + r"(?P<score>\d+\s?[-–]\s?\d+)"
    r"(?:\s+(?:lead|advantage|cushion|deficit))?\s+from the (?:first|opening)[- ]leg\b",
    re.I,
)


def carried_first_leg(text: str, at: int) -> bool:
    """Whether the score at `at` (sentence offset) is a first leg's result carried into
    the leg the story tells (`went to the Maksimir with a 2-0 lead from the first leg`):
    that leg is what came before, not the story's match."""
    if "leg" not in text:
        return False
    return any(m.start("score") == at for m in _CARRIED_HERE.finditer(text, max(0, at - 14)))


def later_legs_place(text: str, at: int, reading, base: int) -> bool:
    """Whether the place at `at` (sentence offset) comes before this first leg's score
    told as carried (`with a 3-1 lead from the first leg`, `after winning the first leg`)."""
    if reading.leg != 1 or "leg" not in text:
        return False
    found = _CARRIED.match(text, at) or _AFTER_FIRST.match(text, at)
    return found is not None and base + found.start("score") == reading.hit.start


_AFTER_FIRST = re.compile(
    r"[^.;]{0,60}?\bafter (?:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)? )?(?:had )?"
    r"(?:winning|losing|drawing|taking|won|lost|drawn|taken) the (?:first|opening)[- ]leg "
    r"(?P<score>\d+\s?[-–]\s?\d+)",
    re.I,
)
"""`were never troubled in Ukraine after winning the first leg 3-0 at Stamford Bridge`,
`ended in extra time at Stamford Bridge after Napoli had won the first leg 3-1 in Naples`:
the place before is the later leg's."""


_DEFICIT_FROM = re.compile(
    r"\b(?:down|up|behind|ahead|trailing|leading|lead|deficit|advantage|cushion)\s+(?:from|in)\s+"
    r"the\s+(?:first|opening)[- ]leg\b|\b(?:Rückstand|Vorsprung|Polster)\s+aus\s+dem\s+Hinspiel\b"
)


def arrival_ground(text: str, cue_end: int, reading, base: int) -> bool:
    """Whether a home or away cue ending at `cue_end` (sentence offset) is the ground a side
    arrived at carrying the first leg's deficit (`arrived at their own ground three goals
    down from the first leg in Sweden, a 3-0 defeat`): the later leg's, not that leg's."""
    if reading.leg != 1 or not reading.teams():
        return False
    return _DEFICIT_FROM.search(text, cue_end, max(cue_end, reading.hit.start - base)) is not None
