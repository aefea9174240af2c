"""`ein irres Finale`, `a frantic finale`: the wild end of a game, not a cup final. The
English `finale` is an ending (the round is `final`), the German lower-case `finale` an
adjective; a German `Finale` after `ein` and a word of chaos is the game's last phase."""

from __future__ import annotations

import re

_CHAOS_BEFORE = re.compile(
    r"\bein(?:em)?\s+(?:irre[ns]?|verrückte[ns]?|wilde[ns]?|furiose[ns]?|turbulente[ns]?|"
    r"hektische[ns]?|irrsinnige[ns]?|aberwitzige[ns]?)\s+$"
)


def wild_ending(text: str, start: int, end: int) -> bool:
    """Whether the stage word at text[start:end] names the end of a game, not a final."""
    word = text[start:end]
    if word == "finale":
        return True
    return word == "Finale" and _CHAOS_BEFORE.search(text, max(0, start - 30), start) is not None
