"""`Der nächste Gegner des FC Bayern im Champions-League-Finale gewann beim AC Siena mit
1:0`, `Bayern's opponents in the final won 1-0 at Siena`: the team whose opponent the
subject is described as plays no part in the result; the subject is another team."""

from __future__ import annotations

import re

_GERMAN = re.compile(
    r"\b(?:Gegner|Finalgegner|Endspielgegner|Halbfinalgegner|Viertelfinalgegner|Kontrahent)"
    r"\s+(?:des|der|von)\s+(?:[\w.-]+\s+)?$"
)
_ENGLISH = re.compile(r"['’]s?\s+(?:(?:next|last|likely|final|cup)\s+)?(?:opponents?|rivals? in)\b")


def opponent_of_named(text: str, sentence_text: str, start: int, end: int) -> bool:
    """Whether the mention at start..end only names whose opponent the subject is."""
    if "egner" in sentence_text or "Kontrahent" in sentence_text:
        if _GERMAN.search(text, max(0, start - 40), start):
            return True
    if "opponent" in sentence_text and _ENGLISH.match(text, end):
        return True
    return False


_ROUND_OF_OPPONENT = re.compile(
    r"(?:\b(?:Gegner|Finalgegner|Kontrahent)\s+(?:des|der|von)\s+(?:[\w.-]+\s+){1,4}?|"
    r"['’]s?\s+(?:(?:next|likely)\s+)?opponents?\s+)"
    r"(?:im|in der|in the|in)\s+(?:[\w-]+-|(?:[A-Z][\w-]*\s+){1,2})?$"
)


def opponents_round(text: str, at: int) -> bool:
    """`Der nächste Gegner des FC Bayern im Champions-League-Finale gewann ... 1:0`,
    `Bayern's opponents in the Champions League final won 1-0`: the round is the one
    the two will meet in, not the round of the result the sentence tells."""
    return _ROUND_OF_OPPONENT.search(text, max(0, at - 80), at) is not None
