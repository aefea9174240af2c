"""`durch Paul Scholes, Rooney (2) und Clarence Seedorf`: in German a minute in brackets has
its full stop (`(2.)`); a bare small number in brackets right after a name is the number of
goals that player scored, not the minute of one."""

from __future__ import annotations

import re

_NAME_BEFORE = re.compile(r"[^\W\d_]{2,}\s?$")


def goal_count(text: str, paren: re.Match, item: re.Match) -> bool:
    """Whether the bracket `paren` (one item, `item`) is a bare count after a name."""
    if item.group(2) or item.group(3) or int(item.group(1)) > 4:
        return False
    if paren.group("list").strip() != item.group(0):
        return False
    start = paren.start()
    return bool(_NAME_BEFORE.search(text, max(0, start - 30), start))
