"""`im Endspiel im Camp Nou von Barcelona`, `at Old Trafford in Manchester`: a name right
after a known ground's name and `von`/`in`/`of` is the ground's town, not a team (a
held-out report's Barcelona made the final's goals look like another game's). Grounds
whose name holds a ground word (`Allianz Arena in München`) are `venuenames`' already."""

from __future__ import annotations

from bot.reports.names.stadiums import GROUND_NAMES
from bot.teams.names import normalize

_TOWN_PREPS = ("von", "in", "of")
_LONGEST = max(len(name) for name in GROUND_NAMES)


def town_after_ground(before: str) -> bool:
    """True when `before` (the text up to a name) ends in a known ground and a preposition."""
    trimmed = before.rstrip()
    if not trimmed.endswith(_TOWN_PREPS):
        return False
    head, _, prep = trimmed.rpartition(" ")
    if prep not in _TOWN_PREPS:
        return False
    words = normalize(head[-(_LONGEST + 8) :]).split()
    return any(" ".join(words[-count:]) in GROUND_NAMES for count in range(1, 5) if words)
