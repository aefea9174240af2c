"""`when Piqué brought down Neymar as he ran through on goal and was shown a straight red
card`: a card verb joined by `and` after a subordinate clause that opens with a pronoun
(`as he ran through`) goes on from the sentence's subject, not from the pronoun, which
tells of the player fouled (set 43 sent Neymar off for Piqué's foul)."""

from __future__ import annotations

import re

_OPENING = re.compile(
    r"\s*(?:as|when|while|before|after|because)\s+(?P<p>he|she)\s+(?!(?:was|were|got|is)\b)\w",
    re.I,
)
_JOINED_CARD = re.compile(
    r"[^,;:]*?\s(?:and|but)\s+(?:then\s+)?(?:was|got|is|gets)\s+(?:[\w-]+\s+){0,4}?$", re.I
)


def card_of_the_subject(text: str, clause_start: int, doer_start: int, cue_at: int) -> bool:
    """Whether the card at `cue_at` is joined by `and` to the clause's subordinate opening
    (`as he ran through on goal and was shown ...`), whose pronoun at `doer_start` is
    then no card's subject."""
    opening = _OPENING.match(text, clause_start)
    if opening is None or opening.start("p") != doer_start:
        return False
    return _JOINED_CARD.fullmatch(text, doer_start, cue_at) is not None
