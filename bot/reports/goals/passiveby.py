"""`five minutes later another Palmer delivery was converted by Nicolas Jackson`: in a
goal told in the passive the doer is the name after `by`, and a name before a supplied
ball (`another Palmer delivery`) is the one who supplied it. The check of a relative
minute asks who did it: it must take the one and leave the other (a held-out report
lost the goal, the supplier taken for another scorer)."""

from __future__ import annotations

import re

_PASSIVE_GOAL_BY = re.compile(
    r"\b(?:was|were|is|are|been)\s+(?:[a-z]+\s+)?(?:converted|scored|headed|finished|"
    r"turned|tapped|slotted|nodded|fired|volleyed|bundled|poked|smashed|drilled|steered|"
    r"swept|side-footed|prodded|stabbed|glanced|lashed|rifled)(?:\s+(?:in|home|off))?\s+by\s+$"
)


def passive_doer(text: str, person) -> bool:
    """The name follows `was converted by`, `was headed in by` and the like."""
    if person.before != "by":
        return False
    return bool(_PASSIVE_GOAL_BY.search(text, max(0, person.start - 50), person.start))


def supplied(text: str, person, provided: re.Pattern) -> bool:
    """`another Palmer delivery`: the name stands before the ball he supplied."""
    return not person.possessive and bool(provided.match(text, person.end))
