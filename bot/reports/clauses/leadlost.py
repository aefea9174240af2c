"""`Im Hinspiel hatten Müller (43.) und Robben (55.) die Bayern mit 2:0 in Führung
gebracht, ehe Dybala (63.) und Sturaro (76.) noch ausglichen`: a `before` clause after a
leg's lead goes on in that leg when the lead is a running score short of the leg's result
(a held-out report's two first-leg equalisers went to the return leg, and so no goal of
that leg was kept)."""

from __future__ import annotations

import re

from bot.facts import Match

_BEFORE = re.compile(r"\s*(?:before|ehe|bevor)\b", re.I)
_LEAD = re.compile(r"\b(?:Führung|in Front|vorn|ahead|in front|lead|led|up)\b")
_PAIR = re.compile(r"(\d{1,2})\s?[:-]\s?(\d{1,2})")


def goes_on_in_leg(text: str, result_clause: str, match: Match | None, told) -> bool:
    """Whether `text`, after the clause telling a lead in `match`, goes on in it."""
    if match is None or match.score is None or not _BEFORE.match(text):
        return False
    if not _LEAD.search(result_clause) or len(told) != 1:
        return False
    found = _PAIR.search(told[0])
    if found is None:
        return False
    state = (int(found.group(1)), int(found.group(2)))
    final = tuple(match.score)
    if sum(state) >= sum(final):
        return False
    return any(a <= x and b <= y for a, b in (state, state[::-1]) for x, y in (final,))
