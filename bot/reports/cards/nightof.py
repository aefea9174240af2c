"""`1-1 at San Siro in February, goalless in Turin last Friday, a night on which Rebic was
sent off`: a card told in a clause that looks back to the result just before it (`a
night on which`, `ein Abend, an dem`) is that result's; where no match read has that
score, it is a game the reader did not find, and the card none of the report's."""

from __future__ import annotations

import re

_BACK = re.compile(
    r"^\W*(?:a|an|the)\s+(?:night|evening|afternoon|game|match)\s+(?:on which|in which|when)\b|"
    r"^\W*(?:ein(?:em)?|der|dem)\s+(?:Abend|Spiel|Nachmittag),?\s+(?:an dem|in dem|bei dem)\b",
    re.I,
)
_RESULTS = re.compile(
    r"(?<![\d:.])(\d{1,2})\s?[-:–]\s?(\d{1,2})(?![\d:])|\b(goalless|scoreless|torlos\w*|"
    r"nil-nil)\b",
    re.I,
)


def card_of_unread_result(reading, scene, clause) -> bool:
    """Whether the card's clause looks back to a result no match read has."""
    if not _BACK.match(clause.text):
        return False
    before = scene.sentence.text[: max(0, clause.start - scene.sentence.start)]
    told = list(_RESULTS.finditer(before))
    if not told:
        return False
    last = told[-1]
    score = [0, 0] if last.group(3) else sorted(int(n) for n in last.group(1, 2))
    pairing = reading.pairing
    games = (pairing.main, pairing.leg1, pairing.leg2, *pairing.others)
    return not any(m is not None and m.score and sorted(m.score) == score for m in games)
