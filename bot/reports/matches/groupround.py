"""`zog als Sieger der Gruppe D ins Achtelfinale ein`, `advanced from Group B to the round
of 16`: reaching the first knockout round from a group names the group stage as the
round just played, not the knockout round before it; so does reaching the last 16 of a
World Cup or a Euro."""

from __future__ import annotations

import re

_GROUP = re.compile(r"\b(?:Gruppe|Gruppen\w*|\w+gruppe|[Gg]roup(?:s| stage)?)\b")
_FIRST_KNOCKOUT = frozenset(("round-of-32", "round-of-16"))


_GROUPS_FIRST = re.compile(
    r"\b(?:World Cup|WM|Weltmeisterschaft|European Championship|Euro \d{4}|EM|"
    r"Europameisterschaft|Copa América|Africa Cup of Nations|Afrika-Cup|Asian Cup|Gold Cup)\b"
)
_LAST_32 = re.compile(r"\b(?:round of 32|last 32|Sechzehntelfinale)\b", re.I)


def group_before(text: str, reached: str) -> str | None:
    """`group` where the sentence reaching a first knockout round names a group, or
    reaches the last 16 of a national-team tournament, whose groups come right before."""
    if reached in _FIRST_KNOCKOUT and _GROUP.search(text):
        return "group"
    if reached == "round-of-16" and _GROUPS_FIRST.search(text) and not _LAST_32.search(text):
        return "group"
    return None
