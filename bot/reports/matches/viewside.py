"""`Nach dem 0:3 im Hinspiel in Barcelona schien für die Werkself alles verloren`: a
German side named after `für` in a score's clause is the side the score is told for,
whose goals come first, never its opponent."""

from __future__ import annotations

import re

_FOR = re.compile(r"(?<![^\W])für\s+(?:die\s+|den\s+|das\s+|dem\s+)?$", re.I)


def told_for_side(text: str, clause_people, team: str | None) -> bool:
    """Whether the clause names `team` only right after `für` (`für die Werkself`,
    `für Leverkusen`): then the score is that side's view (`das 1:0 für Bayern`)."""
    named = [m for m in clause_people if m.team == team]
    if not named or "für" not in text[max(0, named[0].start - 12) : named[0].start]:
        return False
    return all(_FOR.search(text, max(0, m.start - 12), m.start) for m in named)


_SCORE_FOR = re.compile(r"\s?(?:-[A-Za-zÄÖÜäöüß]+)?\s+für\s+(?:die\s+|den\s+|das\s+|dem\s+)?(?=\S)")
"""`endete damals 7:1 für die Katalanen`: the side named right after the score's `für`."""


def side_after_score(text: str, hit, people) -> str | None:
    """The team named right after `X:Y für` (`7:1 für die Katalanen`): the score is told
    from that side, its goals first, whoever the sentence's subject is."""
    if text[hit.end : hit.end + 6].find("für") < 0:
        return None
    found = _SCORE_FOR.match(text, hit.end)
    if not found:
        return None
    return next((m.team for m in people if m.start == found.end()), None)
