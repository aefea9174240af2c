"""`beating Australia 1-0 at River Plate's Monumental`: a known ground's name is no
player, whatever stands around it (a held-out report had the Monumental for a scorer)."""

from __future__ import annotations

from bot.reports.names.stadiums import GROUND_NAMES
from bot.teams.names import normalize

_WORDS = frozenset(word for name in GROUND_NAMES for word in name.split())
"""Every word of a ground's name: a name holding none of them is no ground (most)."""


def ground_named(name: str) -> bool:
    """The whole name is a known ground's (`Monumental`, `Old Trafford`, `Anfield`)."""
    first = name.split(None, 1)[0].lower()
    # normalize of a lower-cased ASCII word of letters and digits is the word itself, so
    # only another first word needs normalizing before the second look-up
    if first not in _WORDS and (
        first.isascii() and first.isalnum() or normalize(first) not in _WORDS
    ):
        return False
    return normalize(name) in GROUND_NAMES
