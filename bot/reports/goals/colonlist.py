"""`turned on two headers from set pieces: Miedema in the 70th minute and van der Gragt in
the 80th`: the clause after a colon that counts goals is their list, though it holds no
goal word of its own."""

from __future__ import annotations

import re

_COUNTED = re.compile(
    r"\b(?P<n>two|three|four|five|zwei|drei|vier|fünf)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:goals|headers|strikes|finishes|Tore|Treffer|Kopfballtore|Kopfbälle)\b"
    r"[^:.;!?]{0,40}:\s*$",
    re.I,
)
_DENIED = re.compile(
    r"\b(?:ruled out|disallowed|chalked off|annulled|aberkannt\w*|annulliert\w*|nicht gegeben|"
    r"saved|missed|denied|verweigert\w*|gehalten\w*|vergeben\w*|conceded|kassiert\w*)",
    re.I,
)
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5}


def listed_after_colon(text: str, sentence_start: int, clause, minutes) -> re.Match | None:
    """A stand-in cue where the clause opens right after `two goals ...:` and holds as many
    minutes as the count says, so each minute is one of the goals counted; else None."""
    if not _after_count(text, sentence_start, clause.start, minutes):
        return None
    return _ANY.search(clause.text)


_ANY = re.compile(r"\S")


def _after_count(text: str, sentence_start: int, clause_start: int, minutes) -> bool:
    if (
        not text.startswith(":", clause_start - 1)
        and ":" not in text[clause_start - 3 : clause_start]
    ):
        return False
    head = _COUNTED.search(text, sentence_start, clause_start)
    if head is None or _DENIED.search(head.group()):
        return False
    return _NUMBERS[head.group("n").lower()] == len(minutes)
