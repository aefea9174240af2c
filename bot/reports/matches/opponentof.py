"""`Der nächste Gegner des FC Bayern gewann ... beim AC Siena mit 1:0`, `Bayern's final
opponents won 1-0 at Siena`, `the next opponent of Bayern`: a team named as the one
whose opponent the subject is plays no part in the result the sentence tells."""

from __future__ import annotations

import re

_OPPONENT_WORDS = ("Gegner", "opponent", "rival", "Kontrahent")
_OPPONENT_OF = re.compile(
    r"\b(?:[\w-]*[Gg]egner|Kontrahenten?|opponents?|rivals?)\s+(?:des|der|von|vom|of)\s+"
    r"(?:the\s+|dem\s+)?$"
)
_OWNED_OPPONENT = re.compile(
    r"(?:['’]s?|s)\s+(?:(?:next|final|last|nächster|kommender|nächsten|kommenden|"
    r"letzter|letzten|künftiger|künftigen)\s+)?(?:[\w-]*[Gg]egner|Kontrahent|opponents?|"
    r"rivals?)\b"
)


def may_name_opponent_of(text: str) -> bool:
    """Whether the sentence holds a word for an opponent (a cheap gate): one of
    _OPPONENT_WORDS, or `egner`, tested without a generator (`Gegner` holds `egner`)."""
    return "egner" in text or "opponent" in text or "rival" in text or "Kontrahent" in text


def named_as_whose_opponent(text: str, mention) -> bool:
    """Whether the team is named as the one whose opponent someone is."""
    if _OPPONENT_OF.search(text, max(0, mention.start - 40), mention.start):
        return True
    return _OWNED_OPPONENT.match(text, mention.end) is not None


_OPPONENTS_ROUND = re.compile(
    r"(?:[Gg]egner|Kontrahenten?|opponents?|rivals?)"
    r"(?:\s+(?:des|der|von|vom|of)\s+(?:the\s+)?(?:[\w.-]+\s+){0,2}?[\w.-]+)?"
    r"\s+(?:im|in\s+the|in)\s+(?:[\w-]+\s+){0,2}?[\w-]*$"
)


def opponents_round(text: str, at: int) -> bool:
    """`Der nächste Gegner des FC Bayern im Champions-League-Finale gewann ... mit 1:0`,
    `Chelsea's opponents in the Europa League final won 2-0 at Braga`: a round (or a
    competition) told of the team named as whose opponent the subject is, a game to
    come, is not the result's."""
    if "egner" not in text and "pponent" not in text and "ival" not in text:
        return False
    return _OPPONENTS_ROUND.search(text, max(0, at - 70), at) is not None
