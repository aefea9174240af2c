"""`with X and Y scoring`: the goal verb after the second of two coordinated names is
both names' verb, so the first is a doer too."""

from __future__ import annotations

import re

_PAIRED_DOER = re.compile(r"\s+(?:and|und)\s+[A-ZÄÖÜ][\w'’-]+(?:\s[A-ZÄÖÜ][\w'’-]+)?\s+(\w+ing)\b")


def paired_verb(after: str) -> str | None:
    """The -ing verb after ` and Y` that follows a name, if the text goes on so."""
    pair = _PAIRED_DOER.match(after)
    return pair.group(1) if pair else None
