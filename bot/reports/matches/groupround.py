"""`zog als Sieger der Gruppe D ins Achtelfinale ein`, `advanced from Group B to the round
of 16`: reaching the first knockout round from a group names the group stage as the
round just played, not the knockout round before it."""

from __future__ import annotations

import re

_GROUP = re.compile(r"\b(?:Gruppe|Gruppen\w*|\w+gruppe|[Gg]roup(?:s| stage)?)\b")
_FIRST_KNOCKOUT = frozenset(("round-of-32", "round-of-16"))


def group_before(text: str, reached: str) -> str | None:
    """`group` where the sentence reaching a first knockout round names a group."""
    if reached in _FIRST_KNOCKOUT and _GROUP.search(text):
        return "group"
    return None
