"""`Napoli arrived at Stamford Bridge with a 3-1 lead from the first leg`: a place told
before a score carried from the first leg is where the side arrived, the later leg's
ground, not the first leg's."""

from __future__ import annotations

import re

_CARRIED = re.compile(
    r"[^.;]{0,80}?\bwith an? (?P<score>\d+\s?[-–]\s?\d+)(?:\s+(?:lead|advantage|cushion|deficit))?"
    r"\s+(?:from|in) the (?:first|opening)[- ]leg\b",
    re.I,
)


def later_legs_place(text: str, at: int, reading, base: int) -> bool:
    """Whether the place at `at` (sentence offset) comes before this first leg's score
    told as carried (`with a 3-1 lead from the first leg`)."""
    if reading.leg != 1 or "leg" not in text:
        return False
    found = _CARRIED.match(text, at)
    return found is not None and base + found.start("score") == reading.hit.start
