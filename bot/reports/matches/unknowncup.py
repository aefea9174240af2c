"""`Östersund beat IFK Norrköping 4-1 in the Svenska Cupen final`: a cup the sentence
names that the competition list does not know is still another competition than the
story's, so the result gets none rather than the story's."""

from __future__ import annotations

import re

_CUP = re.compile(
    r"\b(?:in|im|at|beim) (?:the |dem |der )?(?:[A-ZÄÖÜ][\w-]+ ){1,3}(?:Cup|Cupen|Pokal|"
    r"Kupa(?:sı)?|Trophy|Shield|Coupe|Copa|Coppa|Taça|Beker|Bokal)\b"
)
_KEYS = (
    "Cup",
    "Pokal",
    "Kupa",
    "Trophy",
    "Shield",
    "Coupe",
    "Copa",
    "Coppa",
    "Taça",
    "Beker",
    "Bokal",
)


def unknown_cup_named(text: str) -> bool:
    """Whether `text` (a sentence naming no known competition) names a cup by name."""
    for key in _KEYS:
        if key in text:
            return _CUP.search(text) is not None
    return False
