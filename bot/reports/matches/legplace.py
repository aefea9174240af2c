"""`Mit einem 0:2-Rückstand aus dem Hinspiel in Eindhoven ... schlug Dortmund die PSV
3:0`, `trailing 2-0 from the first leg in Milan`: a place told right after a leg word is
that leg's ground, not the ground of a result told as another leg (or as none)."""

from __future__ import annotations

import re

_LEG_BEFORE = re.compile(
    r"\b(?:(?P<one>first[- ]leg|opening leg|\w*hinspiel\w*)|"
    r"(?P<two>second[- ]leg|return leg|\w*rückspiel\w*))\s*$",
    re.I,
)


def other_legs_place(text: str, at: int, leg: int | None) -> bool:
    """Whether the place cue at `at` (its preposition) follows a leg word naming a
    leg other than `leg`."""
    found = _LEG_BEFORE.search(text, max(0, at - 30), at)
    if found is None:
        return False
    return (1 if found.group("one") else 2) != leg
