"""Subjects told by a relative clause: `they will face Roma, who completed a 3-1 aggregate
win over AC Milan by beating them 2-1` (the result is Roma's), and `a 1-1 draw at West
Ham, which took them through` (the `which` is the match's, not West Ham's)."""

from __future__ import annotations

import re

from bot.reports.text.holdsany import holds_any

_COMMA_WHO = re.compile(
    r"\s*,\s*who\b|\s+(?:side|team|outfit|squad)\s+(?:that|who|which)\b(?!\s+(?:is|was|are|were)\b)"
)
_EVENT_PREPS = frozenset(("at", "against", "over", "with", "to", "by", "from", "in"))


def who_clause_subject(text, before, anchor) -> str | None:
    """`they will face Roma, who completed a 3-1 aggregate win over AC Milan by beating
    them 2-1`, `a Morocco side that knocked out Portugal 1-0`: a result inside a `, who`
    (or `side that`) clause, with no comma between that clause's opening and the verb,
    is told from the team the clause hangs on."""
    if "who" not in text and "that" not in text:
        return None
    for m in reversed(before):
        found = _COMMA_WHO.match(text, m.end)
        if found is not None:
            between = text[found.end() : anchor]
            return None if holds_any(between, ",;:") else m.team
    return None


def event_which(found, mention) -> bool:
    """`a 1-1 draw at West Ham, which took them through`: `which` after a team named as
    the ground or the opponent tells of the match, not of that team."""
    return "who" not in found.group().lower() and mention.prep in _EVENT_PREPS
