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
ANY_COACHS_TEAM = re.compile(
    COACHS_TEAM.pattern + r"|\b[Dd](?:as|em) Team von (?:Trainer )?[A-Z][\w-]+ [A-Z][\w-]+\b"
)
"""COACHS_TEAM and `das Team von Roger Schmidt`, for asking whether a coach's side is told."""
_SURNAME_OWNED = re.compile(r"\b([A-Z][\w-]+)['’]s (?:team|side|men|squad)\b")
OWNED_OPENING = re.compile(r"(?:[A-Z][\w-]+ )?[A-Z][\w-]+['’]s (?:team|side|men|squad)\b")


def surname_owned(told: str, text: str) -> bool:
    """`Wenger's team` where the report named `Arsene Wenger` in full: a person's team."""
    found = _SURNAME_OWNED.search(told)
    return bool(found) and re.search(rf"\b[A-Z][\w-]+ {found.group(1)}\b", text) is not None


def owned_subject(doc, index: int, hit) -> bool:
    """`Chelsea and Paris Saint-Germain met again. Laurent Blanc's side won 2-1 at Stamford
    Bridge`: a coach's side as the subject after a sentence whose two teams are joined
    (`X and Y`), neither its subject, is either of them, so the score's sides are not told
    by the order they were named in."""
    sentence = doc.sentences[index]
    told = sentence.text[: hit.start - sentence.start]
    if "'s " not in told and "’s " not in told and " von " not in told:
        return False
    if COACHS_TEAM.search(told) is None or index == 0:
        return False
    before = doc.mentions_in(doc.sentences[index - 1])
    if len(before) < 2:
        return False
    return _JOINED.fullmatch(doc.text, before[0].end, before[1].start) is not None


_JOINED = re.compile(r"\s+(?:and|und|&)\s+")
