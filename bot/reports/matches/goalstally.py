"""`Das Hinspiel ... hatte 1:1 geendet, damit gewann die Borussia das Finale mit 2:1 Toren`:
a score `mit 2:1 Toren` in a sentence that tells a leg is the two legs' tally, an
aggregate, not a match."""

from __future__ import annotations

import re

_TOREN_AFTER = re.compile(r"^\s*Toren\b")
_LEG_WORD = re.compile(r"Hinspiel|Rückspiel|beiden Spiel|beiden Partien", re.I)


def goals_tally(before: str, after: str) -> bool:
    return bool(_TOREN_AFTER.match(after)) and bool(_LEG_WORD.search(before))
