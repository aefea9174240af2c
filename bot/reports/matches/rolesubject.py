"""`Fourth-division amateurs Calais came within a minute ... before losing the final 2-1 to
Nantes`, `Second-division side Norwich City beat Arsenal 2-1`: a team right after a
description without an article (ending in `side`, `amateurs`, ...) that opens the
sentence is its subject; the description's last word is no preposition. So is a team
after a title word that opens a clause (`as hosts Qatar beat Jordan 3-1`, `when holders
Spain beat Italy`)."""

from __future__ import annotations

import re

_ROLE_NOUNS = frozenset(
    "side team club outfit amateurs minnows strugglers part-timers underdogs newcomers".split()
)
_OPENING = re.compile(
    r"(?:^|[.!?]\s+|\s[-–—]\s+)[A-Z][\w'’-]*(?:[\s-]+[\w'’-]+){0,3}?\s+"
    r"(?:side|team|club|outfit|amateurs|minnows|strugglers|part-timers|underdogs|newcomers)\s+$"
)

_TITLE_NOUNS = frozenset("hosts co-hosts holders champions leaders favourites".split())
_TITLE_OPENING = re.compile(
    r"(?:^|[.!?]\s+|[,;]\s+|\b(?:[Aa]s|[Ww]hen|[Ww]hile|[Aa]fter|[Bb]efore|[Ss]ince|[Bb]ecause|"
    r"[Aa]nd|[Bb]ut|[Tt]hen)\s+)(?:the\s+)?(?:defending\s+|reigning\s+|joint\s+)?"
    r"(?:[Hh]osts|[Cc]o-hosts|[Hh]olders|[Cc]hampions|[Ll]eaders|[Ff]avourites)\s+$"
)


def role_opening_subject(text: str, m) -> bool:
    """Whether the team `m` follows a sentence-opening description such as
    `Fourth-division amateurs`, or a title word opening a clause (`as hosts`)."""
    prep = m.prep.lower()
    if prep in _TITLE_NOUNS:
        return _TITLE_OPENING.search(text, max(0, m.start - 40), m.start) is not None
    if prep not in _ROLE_NOUNS:
        return False
    return _OPENING.search(text, max(0, m.start - 60), m.start) is not None
