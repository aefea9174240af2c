"""Sentences whose advance verb does not name a tie's winner as its subject: a passive
`ousted by` (the agent went through) and a knock-out in a group stage (no tie)."""

from __future__ import annotations

import re

PASSIVE_OUT = re.compile(
    r"\b(?:ousted|eliminated|knocked out|dumped out|bundled out|ausgeschaltet|eliminiert|"
    r"rausgeworfen)\s+(?:by|von|vom|durch)\b|\b(?:was|were|been|got|being|wurde|wurden)\s+"
    r"(?:\w+\s+)?(?:ousted|eliminated|knocked out|ausgeschaltet|eliminiert|rausgeworfen)\b",
    re.I,
)
"""`Ousted by Olympiacos, Arsenal ...`: the advance verb is passive, so its subject is
the side that went out, never the winner."""


def agent(sentence, passive, people) -> str | None:
    """The team after `ousted by`, `were knocked out of the cup by`: the side that
    went through."""
    if passive is None:
        return None
    by = _BY.search(sentence.text, passive.end() - 6, passive.end() + 50)
    if by is None:
        return None
    at = sentence.start + by.end()
    return next((m.team for m in people if 0 <= m.start - at <= 5), None)


_BY = re.compile(r"\b(?:by|von|vom|durch)\s")


GROUP_STAGE = re.compile(
    r"\b(?:group stage|group phase|league phase|group games?|Gruppenphase|Ligaphase|"
    r"Gruppenspiel\w*)\b",
    re.I,
)
"""`Basel, das in der Gruppenphase Manchester United ausgeschaltet hatte`: a group is
no tie, so knocking a side out there names no tie's winner."""
