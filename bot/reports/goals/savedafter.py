"""`Dailly köpfte aufs Tor, doch Seaman kratzte den Ball aus dem Winkel`: a try whose
next clause, opened by `but`/`doch`, tells the keeper kept it out is no goal."""

from __future__ import annotations

import re

_BUT = re.compile(r"\s*(?:but|yet|doch|aber|jedoch)\s", re.I)
_KEPT_OUT = re.compile(
    r"\b(?:saved|parried|clawed|palmed|tipped|turned (?:it |the ball )?away|kept (?:it )?out|"
    r"pariert\w*|kratzte|fischte|faustete|lenkte (?:den Ball|ihn)|hielt (?:den Ball|ihn)|"
    r"wehrte)\b",
    re.I,
)
_KEYS = (
    "saved", "parried", "clawed", "palmed", "tipped", "turned", "kept", "pariert",
    "kratzte", "fischte", "faustete", "lenkte", "hielt", "wehrte",
)  # fmt: skip


def saved_next(clauses, index: int) -> bool:
    """Whether the clause after `index` opens with `but`/`doch` and tells a keeper's
    save (asked only for a clause without a minute: a timed goal stands on its own)."""
    if index + 1 >= len(clauses):
        return False
    after = clauses[index + 1].text
    if not _BUT.match(after):
        return False
    low = after.lower()
    return any(key in low for key in _KEYS) and bool(_KEPT_OUT.search(after))
