"""`Boca gewann gegen Palmeiras ..., River drehte gegen Grêmio das Rückspiel und gewann 2:1,
nachdem das Hinspiel 0:1 verloren gegangen war`: a subordinate clause naming no team is
told from the subject of the main clause it hangs on, the nearest clause-opening name, not
the sentence's first."""

from __future__ import annotations

import re

_SUBORDINATE = re.compile(r"\s*(?:nachdem|als|weil|obwohl|bevor|ehe)\s")
_OPENS_CLAUSE = re.compile(r"(?:^|[.!?,;]\s+|\s[–—]\s+)$")


def main_clause_subject(text, clause_start, people, oblique) -> str | None:
    """The nearest team opening a clause before a subordinate score clause that names
    none, where the sentence opens more than one clause with a team; else None."""
    if not _SUBORDINATE.match(text, clause_start):
        return None
    openers = [
        m
        for m in people
        if m.end <= clause_start
        and m.prep not in oblique
        and not m.genitive
        and _OPENS_CLAUSE.search(text, max(0, m.start - 4), m.start)
    ]
    if len({m.team for m in openers}) < 2:
        return None
    return openers[-1].team
