"""`Die Ivorer besiegten am Mittwoch die DR Kongo mit 1:0`, `Der Gastgeber schlug
Kroatien 2:1`: a German clause that opens with a noun phrase right before its
transitive verb has that noun as its subject, so the team named after the verb is the
beaten object, never the side the score is told from."""

from __future__ import annotations

import re

_NOUN_OPENING = re.compile(
    r"\s*(?:(?:Doch|Und|Aber)\s+)?(?:Der|Die|Das)\s+(?:[a-zäöüß]+e[nr]?\s+)?[A-ZÄÖÜ][\w-]*\s*$"
)


def noun_before_verb(text: str, clause_start: int, verb_at: int) -> bool:
    """Whether the clause is only `Der/Die/Das (adjective) Noun` up to its verb."""
    return _NOUN_OPENING.match(text[clause_start:verb_at]) is not None
