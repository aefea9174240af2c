"""`Ajax, Chelsea's old rivals, take a 2-0 lead`, `Boca, der Erzrivale von River, ...`:
a team named inside an apposition describes the team before it and is no side of a
result the sentence tells."""

from __future__ import annotations

import re

_OPEN = {
    "en": re.compile(r"\s*,\s*(?:the\s+)?$"),
    "de": re.compile(
        r"\s*,\s*(?:der|die|das)\s+(?:[\wäöüß-]+\s+){0,3}?(?:von|vom|des|der)\s+"
        r"(?:FC\s+|SV\s+|VfL\s+|VfB\s+)?$"
    ),
}
_CLOSE = {
    "en": re.compile(r"['’]s\s+(?:[\w-]+\s+){0,4}?[\w-]+,"),
    "de": re.compile(r"\s*,"),
}


def in_apposition(text: str, lang: str, before, mention) -> bool:
    """Whether `mention` stands in an apposition to the team `before` names just ahead
    of it (`before, mention's rivals,`)."""
    opened = _OPEN.get(lang)
    if opened is None or before is None or not 0 < mention.start - before.end <= 60:
        return False
    if not opened.match(text, before.end, mention.start):
        return False
    return _CLOSE[lang].match(text, mention.end, mention.end + 60) is not None
