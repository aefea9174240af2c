"""A team named by whoever leads it or plays in it: `Alex Ferguson's team`, `die
Mannschaft von Trainer Joachim Löw`, `Wenger's side`."""

from __future__ import annotations

import re

COACH_OWNED = re.compile(
    r"\b[A-Z][\w-]+ [A-Z][\w-]+['’]s (?:team|side|men|squad)\b|"
    r"\b(?:die|der) (?:Mannschaft|Elf) von (?:Trainer )?[A-Z][\w-]+ [A-Z][\w-]+\b"
)
"""`Alex Ferguson's team` right after a sentence about one club: that club."""
COACHS_TEAM = re.compile(
    r"\b(?:[Dd]ie|[Dd]er) (?:Mannschaft|Elf) von (?:Trainer )?[A-Z][\w-]+"
    r"(?: (?:van|von|de|da|del|di|der|den|le|la|dos|das))* [A-Z][\w-]+\b|"
    r"\b[A-Z][\w-]+ [A-Z][\w-]+['’]s (?:team|side|men|squad)\b"
)
"""`Die Mannschaft von Joachim Löw ... gewann sie mit 3:2` in a story about Spain: a
coach's team is the one team the sentence before names (`Für Peru war ... Die Mannschaft
von Ricardo Gareca`), never the story's own by default."""
_SURNAME_OWNED = re.compile(r"\b([A-Z][\w-]+)['’]s (?:team|side|men|squad)\b")
OWNED_OPENING = re.compile(r"(?:[A-Z][\w-]+ )?[A-Z][\w-]+['’]s (?:team|side|men|squad)\b")


def surname_owned(told: str, text: str) -> bool:
    """`Wenger's team` where the report named `Arsene Wenger` in full: a person's team."""
    found = _SURNAME_OWNED.search(told)
    return bool(found) and re.search(rf"\b[A-Z][\w-]+ {found.group(1)}\b", text) is not None
