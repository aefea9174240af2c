"""`are also in Friday's quarter-final draw after beating Shakhtar 3-0 on Tuesday`: the
day told as the draw's (`Friday's ... draw`) is not the result's day."""

from __future__ import annotations

import re

_DRAW_AFTER = re.compile(r"\w+['’]s\s+(?:[\w-]+\s+){0,2}draw\b", re.I)


def draws_day(text: str, offset: int) -> bool:
    return bool(_DRAW_AFTER.match(text, offset))
