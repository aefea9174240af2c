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


_LAST_32_CUPS = re.compile(
    r"\b(?:Europa League|UEFA[- ]Cup|UEFA-Pokal\w*|round of 32|last 32|Sechzehntelfinal\w*)\b",
    re.I,
)


def after_last_32(text: str) -> bool:
    """`into the last 16 of the Europa League`: a cup whose last 16 follows a round of 32;
    elsewhere the last 16 follows a group (`booked their place in the last 16` of a World
    Cup told in a sentence that does not name it), a league phase or a play-off, so the
    round just played is not known."""
    return bool(_LAST_32_CUPS.search(text))
