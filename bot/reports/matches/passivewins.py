"""A verb of winning in the passive names the loser as its subject: `Roma were
thrashed 6-1 in Bodø by Bodø/Glimt`, `City were knocked out by Real`, `had been
hammered 4-0`. The active cue (`thrashed`) alone would make the subject the winner, a
reversed score."""

from __future__ import annotations

import re

_AUXILIARY = re.compile(
    r"\b(?:was|were|been|being|is|are|be|got|get|gets|getting)\s+(?:[a-z]+ly\s+)?$", re.I
)
_NOT_PASSIVE = frozenset(
    "beat beats beating defeats defeating edges edging thrashing thrashes thumping hammering "
    "crushing trouncing walloping battering routing routs demolishing outclassing stuns "
    "stunning holds holding sees seeing see saw upsets upsetting eliminating past won win "
    "wins winning victory".split()
)
"""Cue words that are no past participle (`were beating`, `was past`, `was won`): after
an auxiliary they say nothing of a passive."""


def passive_win(before: str, cue_at: int) -> bool:
    """Whether the win cue starting at `cue_at` of `before` is a participle after a
    passive auxiliary (`were thrashed`, `had been knocked out`)."""
    word = before[cue_at:].split(None, 1)[0].lower() if before[cue_at:].strip() else ""
    if not word or word in _NOT_PASSIVE or word.startswith("triumph"):
        return False
    return _AUXILIARY.search(before, max(0, cue_at - 30), cue_at) is not None
