"""`war direkt ins Achtelfinale eingezogen und hatte dort Ajax ... ausgeschaltet`,
`reached the quarter-finals, where they beat Porto`: the result told `there` after a
round reached was played in that round, not in the one before it."""

from __future__ import annotations

import re

_THERE = re.compile(
    r"[^.;:]{0,30}?(?:\b(?:und|and)\s+(?:[\w-]+\s+){0,2}?(?:dort|there)\b|,\s*(?:where|wo)\s)",
    re.IGNORECASE,
)


def played_there(text: str, end: int) -> bool:
    """Whether `there` / `where` right after the round word at `end` tells a result of it."""
    window = text[end : end + 60].lower()
    if "dort" not in window and "there" not in window and "where" not in window:
        if " wo " not in window:
            return False
    there = _THERE.match(text, end)
    return there is not None and not _TO_COME.match(text, there.end())


_TO_COME = re.compile(
    r"[^.;:,]{0,40}?\b(?:wait\w*|await\w*|will|would|could|shall|wartet\w*|warten|"
    r"erwartet\w*|wird|werden|würde\w*|könnte\w*)\b",
    re.IGNORECASE,
)
"""`went through to the final 4-2 on aggregate, where River Plate are waiting`, `ins
Finale, wo Real wartet`: what waits there is still to come, no result of that round."""
