"""`Gameiro and Rodrigo scored in the first half and Messi's reply came too late`: a goal
the losing side's player got back, told after the others in the same clause."""

from __future__ import annotations

import re

_REPLY = re.compile(
    r"(?:'s|’s)\s+(?:late |early |own |belated )?(?:reply|consolation)\s+(?:came|arrived)\b"
)


def later_reply(text: str, found, doers, cue_at: int) -> list:
    """The named players after the clause's goal cue whose `reply` or `consolation` came,
    each one more goal told without its minute."""
    return [
        c
        for c in found
        if c.name and c.start > cue_at and _REPLY.match(text, c.end) and c not in doers
    ]


def reply_sides(sides: dict, replies: list, doers: list, hint):
    """`... and Messi's reply came too late for Barcelona`: the side the clause names is
    the reply's alone, so the goals told before it take none from it."""
    if not replies or doers[0] in replies:
        return hint
    sides.update({id(r): sides.get(id(r)) or hint[0] for r in replies})
    return (None, False)
