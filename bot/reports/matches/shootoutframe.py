"""A score in a clause or sentence framed as the shoot-out: `..., im Elfmeterschießen
setzte sich die Mannschaft von Bundestrainer Berti Vogts mit 6:5 durch`, `In the shootout
Pickford saved from Akanji, ..., and England converted all five of their kicks, ... for a
5-3 win`: the frame may stand far before the score, farther than the shoot-out word
right before a score (`scorekinds._SHOOTOUT_BEFORE`) is looked for."""

from __future__ import annotations

import re

_FRAME = re.compile(
    r"(?:^|[,;]\s*)(?:in|im|during|bei|beim)\s+(?:the\s+|dem\s+)?"
    r"(?:penalty\s+|anschließenden\s+)?(?:shoot-?out|elfmeterschießen)\b(?P<rest>[^.;:]{0,170})$",
    re.IGNORECASE,
)
_ENDED = re.compile(r"\b(?:after|ended|finished|followed|nach dem|nach einem|nach 120)\b", re.I)
"""`In the shootout that followed the 1-1 draw`: a score the shoot-out came after."""


def shootout_framed(before: str) -> bool:
    """Whether the text before a score (its sentence up to it) opens a clause or the
    sentence with `im Elfmeterschießen` / `in the shootout` and tells no match score
    the shoot-out followed."""
    low = before[-220:].lower()
    if "elfmeterschießen" not in low and "shoot" not in low:
        return False
    found = _FRAME.search(before[-220:])
    return found is not None and _ENDED.search(found.group("rest")) is None
