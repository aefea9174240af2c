"""A team named as the attribute of a team noun at the head of a clause (`a more
experienced U.S. team beat Mexico 3-2`, `a weakened Chelsea side drew 1-1`): the clause's
subject, though the word before the name is an article or adjective, not a subject's."""

from __future__ import annotations

import re

_NOUN_AFTER = re.compile(r"\.?\s+(?:team|side|squad|XI)\b")
_ARTICLE_BEFORE = re.compile(
    r"(?:[.!?,;:\n]\s*|\b(?:and|but|then|when|while)\s+)"
    r"(?:[Aa]n?|[Tt]he)\s+(?:[a-z][\w-]*\s+){0,3}$"
)
"""The article (and up to three lower-case words) right after a clause's start."""


def team_noun_subject(text: str, m) -> bool:
    """Whether mention `m` (offsets in `text`) heads its clause as `a X team`."""
    if not _NOUN_AFTER.match(text, m.end):
        return False
    return _ARTICLE_BEFORE.search(text, max(0, m.start - 60), m.start) is not None
