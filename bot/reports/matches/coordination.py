"""Which of two results in one clause a cue between them belongs to: `drew 0-0 at home
in the first leg and 1-1 in the return` joins the second result with `and`, so a cue
before the `and` is the first result's, one after it the second's, however near."""

from __future__ import annotations

import re

from bot.reports.matches import cues

_AND = re.compile(r"(?:,\s*|\s)(?:and|und|while|während|before|ehe|bevor)\s", re.IGNORECASE)


def owning_result(text: str, pos: int, offsets: list[int]) -> int | None:
    """Index into `offsets` (result starts in `text`) of the result a cue at `pos`
    belongs to: across a joining word, the result on its own side; else the nearest."""
    before = [i for i, at in enumerate(offsets) if at < pos]
    after = [i for i, at in enumerate(offsets) if at > pos]
    if before and after:
        prev, nxt = max(before, key=offsets.__getitem__), min(after, key=offsets.__getitem__)
        joined_after = _AND.search(text, pos, offsets[nxt]) is not None
        joined_before = _AND.search(text, offsets[prev], pos) is not None
        if joined_after and not joined_before:
            return prev
        if joined_before and not joined_after:
            return nxt
    return cues.nearest(pos, offsets)
