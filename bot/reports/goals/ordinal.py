"""One goal of a counted claim given its time by an ordinal ("scored twice, the second of
them eleven minutes into stoppage time"): that goal is timed, the rest stay untimed."""

from __future__ import annotations

import re

from bot.reports.goals import cues as goalcues

_ORDINAL = re.compile(
    r"^\s*(?:and\s+|und\s+)?(?:the|der|das|den)\s+(?P<which>first|second|third|last|latter|"
    r"erste|zweite|dritte|letzte)\b",
    re.I,
)
_PLACE = {"first": 0, "erste": 0, "second": 1, "zweite": 1, "third": 2, "dritte": 2}


def ordinal_minute(reader, clause, minutes, first: int) -> bool:
    """Time one goal of the claim just made from a clause like ", the second in the 83rd
    minute"; True when the clause was read so. `reader` is the GoalReader at work."""
    claims = reader.events[first:]
    found = _ORDINAL.match(clause.text)
    if found is None or len(claims) != 1 or len(minutes) != 1:
        return False
    claim = claims[0]
    if claim.minute is not None or claim.count < 2 or claim.player is None:
        return False
    if claim.target != clause.target or goalcues.OTHER_EVENT.search(clause.text):
        return False
    if reader.cast.within(clause.start, clause.end):
        return False
    place = _PLACE.get(found.group("which").lower(), claim.count - 1)
    if place >= claim.count:
        return False
    penalty = bool(goalcues.PENALTY[reader.lang].search(clause.text))
    own = bool(goalcues.OWN_GOAL[reader.lang].search(clause.text))
    reader._add(clause, minutes[0], claim.player, penalty, own, claim.hint, None)
    reader.events[-1].at = claim.at
    return True
