"""`are also in Friday's quarter-final draw after beating Shakhtar 3-0 on Tuesday`: the
day told as the draw's (`Friday's ... draw`) is not the result's day."""

from __future__ import annotations

import re

_DRAW_AFTER = re.compile(r"\w+['’]s\s+(?:[\w-]+\s+){0,2}draw\b", re.I)


def draws_day(text: str, offset: int) -> bool:
    return bool(_DRAW_AFTER.match(text, offset))


_ROUNDS_DRAW = re.compile(r"[\w-]+\s+draw\b", re.I)


def draws_round(text: str, offset: int) -> bool:
    """`in Friday's quarter-final draw after beating Shakhtar`: the round is the draw's,
    the one reached, not the result's."""
    return bool(_ROUNDS_DRAW.match(text, offset))
