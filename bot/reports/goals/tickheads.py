"""`14' GOAL! Arsenal 1-0 Everton. Saka curls one into the far corner.`: a live report
whose lines open with the minute and its tick (`14'`, `90+4'`) instead of `14 min:`;
its lines are read like the others (each tells at most one goal, the running scores
they state counting up to the match's own)."""

from __future__ import annotations

import re

_TICK_HEAD = re.compile(
    r"^[ \t]*(?P<n>\d{1,3})(?:[ \t]*\+[ \t]*(?P<a>\d{1,2}))?['’][ \t]+(?=\S)", re.M
)


def tick_heads(text: str) -> list[re.Match]:
    """The minute ticks heading lines, where the text has no `min:` heads."""
    if "'" not in text and "’" not in text:
        return []
    return [head for head in _TICK_HEAD.finditer(text) if 0 < int(head.group("n")) <= 130]
