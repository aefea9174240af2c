"""A result told inside a clause a player owns (`The Belgian substitute, whose two goals
against Barcelona had helped turn a 3-0 first-leg defeat ...`, `Der Joker, dessen zwei
Tore gegen Barcelona eine 0:3-Hinspielniederlage wettgemacht hatten`): the result is the
player's side's, which the last team the story named does not tell."""

from __future__ import annotations

import re

_OWNED_GOALS = re.compile(
    r"\b(?:whose|dessen)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:goals?|strikes?|brace|double|hat-tricks?|headers?|Tore|Tor|Treffer|Doppelpack"
    r"|Kopfballtreffer|Kopfbälle|Kopfball)\b",
    re.I,
)


def player_owned(told: str) -> bool:
    """Whether the words before the score tell it inside a player's relative clause
    about his goals."""
    return _OWNED_GOALS.search(told) is not None
