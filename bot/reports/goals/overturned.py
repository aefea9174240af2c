"""`The Belgian, whose two goals had helped turn a 3-0 first-leg defeat into a comeback,
drilled ...`: goals that overturned a result are not goals of that result. A relative
clause telling so names the earlier leg (it is read as about that leg), yet its goals
were scored in the comeback: they go to neither, with no count and no minute."""

from __future__ import annotations

import re

from bot.reports.clauses.asides import person_aside

_OVERTURNED = re.compile(
    r"\b(?:turn(?:ed|ing)?|overturn(?:ed|ing)?|overc(?:a|o)me|wip(?:ed|e|ing) out|"
    r"revers(?:ed|e|ing)|recover(?:ed)? from)\b[^,;]{0,40}?\b\d{1,2}-\d{1,2}\b",
    re.I,
)


def overturned_in_aside(text: str) -> bool:
    """A `who`/`whose` clause whose goals overturned a result it names."""
    return person_aside(text) and _OVERTURNED.search(text) is not None
