"""`In the final Arsenal beat Chelsea 2-1`: a team right after a round that opens the
sentence (no comma between) is the subject; the round word is no preposition."""

from __future__ import annotations

import re

_ROUND_WORDS = frozenset(
    "final finals semi-final semi-finals semifinal semifinals quarter-final quarter-finals "
    "quarterfinal quarterfinals replay".split()
)
_FRONTED = re.compile(
    r"(?:^|[.;:!?]\s+|\n\s*)In the (?:[\w-]+ ){0,2}?(?:[\w-]*finals?|replay)\s+$", re.I
)


def fronted_round_subject(text: str, m) -> bool:
    """Whether the team `m` follows a sentence-opening `In the (semi-)final`."""
    if m.prep.lower() not in _ROUND_WORDS:
        return False
    return _FRONTED.search(text, max(0, m.start - 40), m.start) is not None
