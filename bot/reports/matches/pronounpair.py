"""`The result gives Celtic a second win over their rivals this season. They also won 2-0
at Ibrox in September`: a result of the story's pair told with no team, whose sentence
opens with `They`/`Sie` and a verb of winning or losing, is told from the one team the
sentence before names, when that team is one of the pair."""

from __future__ import annotations

import re

_OPENING = re.compile(r"\s*(?:They|Sie)\s+(?:also\s+|had\s+|have\s+|hatten\s+|haben\s+)?\w+")


def pronoun_pair_side(state, sentence, hit, outcome) -> str | None:
    """The side `They` stands for, or None."""
    if outcome not in ("won", "lost"):
        return None
    if not _OPENING.match(sentence.text, 0, hit.start - sentence.start) or state.owned_before():
        return None
    side = state.last_named()
    return side if side in (state.main_pair or ()) else None
