"""Reserve and youth sides (`die Amateure von Hertha BSC`, `Bayern München II`,
`Real Madrid Castilla`, `Ajax's reserves`): another team than the club's first team,
which the club list does not hold, so its name is no mention of the club."""

from __future__ import annotations

import re

_AFTER = re.compile(
    r"(?:\s|-)(?:II|Amateure|Reserve|Reserves|Castilla|Atlètic|U-?(?:1[5-9]|2[0-3])|"
    r"[AB]-Junioren|[AB]-Jugend|B(?![\w-]))(?![\w-])|"
    r"['’]s (?:reserves|reserve (?:side|team)|youth team|under-(?:1[5-9]|2[0-3])s)\b"
)
_BEFORE = re.compile(
    r"(?:\b(?:Amateure|Amateuren|Reserve|Zweitvertretung|U-?(?:1[5-9]|2[0-3])|reserves|"
    r"reserve side|reserve team|youth team|second string|B team)\s+(?:von|des|der|of)|"
    r"\bzweiten Mannschaft (?:von|des))\s+(?:the\s+)?$"
)


def reserve_side(text: str, start: int, end: int) -> bool:
    """Whether the club name at start..end names one of the club's reserve or youth
    sides rather than the club."""
    # Exact gates, one per pattern (most names pass neither): an _AFTER match opens on
    # one character (`\s` or `-`) followed by a word of its own, whose first letter is one
    # of `IARCUB` (II, Amateure, Reserve(s), Castilla, Atlètic, U-19, A-/B-Junioren, B),
    # or on `'s `/`’s `; a _BEFORE match ends in `von`, `des`, `der`, `of` or `the` and
    # white space only (rstrip drops what `\s` matches, `$` included).
    after = text[end + 1 : end + 2]
    if (after and after in "IARCUB" or text.startswith(_OWNER, end)) and _AFTER.match(text, end):
        return True
    at = max(0, start - 30)
    return text[at:start].rstrip().endswith(_LAST) and _BEFORE.search(text, at, start) is not None


_OWNER = ("'s ", "’s ")
_LAST = ("von", "des", "der", "of", "the")
