"""`14' GOAL! Arsenal 1-0 Everton. Saka curls one into the far corner.`: a live report
whose lines open with the minute and its tick (`14'`, `90+4'`) instead of `14 min:`;
its lines are read like the others (each tells at most one goal, the running scores
they state counting up to the match's own)."""

from __future__ import annotations

import re

_TICK_HEAD = re.compile(
    r"^[ \t]*(?P<n>\d{1,3})(?:[ \t]*\+[ \t]*(?P<a>\d{1,2}))?['’][ \t]+(?=\S)", re.M
)


_LINE_DIGIT = re.compile(r"\n[ \t]*\d")
"""A line opening with a digit, found from its line break (a literal `re` skips to in C)."""


def tick_heads(text: str) -> list[re.Match]:
    """The minute ticks heading lines, where the text has no `min:` heads. `_TICK_HEAD` is
    tried only at the start and after each line break before a digit: its matches begin
    at a line's start and hold no line break, so these are the matches finditer finds
    (trying it at every offset of a text, for its `^`, cost several times more)."""
    if "'" not in text and "’" not in text:
        return []
    heads = [_TICK_HEAD.match(text)]
    heads += [_TICK_HEAD.match(text, line.start() + 1) for line in _LINE_DIGIT.finditer(text)]
    return [head for head in heads if head is not None and 0 < int(head.group("n")) <= 130]
