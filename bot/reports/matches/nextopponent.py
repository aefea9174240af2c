"""The side a fixture to come names (`will play Real Madrid in the final`) or whose
opponent a sentence tells (`Leipzigs Gegner sind die Rangers`): never the other side
of a result the sentence states."""

from __future__ import annotations

import re

from bot.reports.patterns.keyed import Keyed, holds

_FIXTURE_OBJECT = Keyed(
    re.compile(
        r"\b(?:will|to|would|shall)\s+(?:play|face|meet|host|visit)\s+(?:the\s+)?$|"
        r"\b(?:trifft|treffen)\s+(?:[\w-]+\s+){0,3}auf\s+(?:den|die|das)?\s*$",
        re.I,
    ),
    "play|face|meet|host|visit|trifft|treffen",
)


_WHOSE_OPPONENT = re.compile(r"(?:['’]?s)?\s+(?:next\s+)?(?:gegner|opponents?)\b", re.I)


def next_opponent(sentence, mention) -> bool:
    """`Atlético Madrid will play Real Madrid in the final after a 3-1 victory`, `Leipzigs
    Gegner sind die Rangers, die ... 3:1 gewannen`: the side a fixture to come names (or
    whose opponent is told) is the next opponent, never the other side of a result."""
    at = mention.start - sentence.start
    return bool(_WHOSE_OPPONENT.match(sentence.text, mention.end - sentence.start)) or (
        _FIXTURE_OBJECT.search(sentence.text, max(0, at - 40), at) is not None
    )


_NEXT_KEYS = ("gegner", "opponent", "play", "face", "meet", "host", "visit", "trifft", "treffen")
"""Every match of both patterns above holds one of these words (lower-cased)."""


def may_name_next(sentence) -> bool:
    """Whether any team of the sentence can be a next opponent: a sentence holding none
    of the words either pattern needs (most) has none, so its teams need no asking."""
    return holds(sentence.text, _NEXT_KEYS)
