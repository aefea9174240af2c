"""`Nach einer halben Stunde erhöhte Seedorf`, `After a quarter of an hour Kane scored`:
an hour or a part of one after kick-off, said plainly at a sentence's head, is that
minute (60, 30, 15); inside a sentence it may be a substitution's (`came on after an
hour`). A hedged one (`nach gut einer Stunde`, `after about an hour`) or one counted from something
else (`half an hour later`, `eine Viertelstunde vor Schluss`) is not."""

from __future__ import annotations

import re

_MARKS = {
    "en": re.compile(
        r"(?:^|(?<=[.!?:]\s)|(?<=\n))After (?P<m>half an hour|an hour|a quarter of an hour)\b"
        r"(?!\s+(?:later|before|after|of (?:the )?(?:second|extra)|into|in the second)\b)"
    ),
    "de": re.compile(
        r"(?:^|(?<=[.!?:]\s)|(?<=\n))Nach "
        r"(?P<m>einer halben Stunde|einer Stunde|einer Viertelstunde)\b"
        r"(?!\s+(?:später|vor|nach|der zweiten|in der zweiten|im zweiten)\b)"
    ),
}
# Every match begins with this literal word and its space, so trying the pattern only
# where `str.find` sees it (as `match` at that index, whose lookbehinds still see the
# text before it and whose `^` holds only at index 0) finds exactly what `finditer` does.
_LEADS = {"en": "After ", "de": "Nach "}
_VALUE = {
    "half an hour": 30,
    "an hour": 60,
    "a quarter of an hour": 15,
    "einer halben Stunde": 30,
    "einer Stunde": 60,
    "einer Viertelstunde": 15,
}


_PLAYED = {
    "en": re.compile(r"\b(?:with |when )?an hour (?:had been )?played\b"),
    "de": re.compile(r"\b(?:als |nachdem )?eine Stunde (?:war gespielt|gespielt war)\b"),
}
"""`Valerón traf, eine Stunde war gespielt`, `Cacau scored with an hour played`: the hour
told as the time gone when the goal came is minute 60 (`kurz nach einer Stunde`, hedged
or counted from something else, is not)."""
_PLAYED_KEYS = {"en": "an hour ", "de": "eine Stunde "}
"""What each match of `_PLAYED` holds (its `\\b` opening is tried at every position)."""


def hour_marks(text: str, lang: str) -> list[tuple[int, int, int]]:
    """(start, end, minute) of each plain hour mark in `text`."""
    found = []
    keys = [k for k in ("en", "de") if lang == k or lang not in ("en", "de")]
    if "our" not in text and "tunde" not in text:
        return found
    for key in keys:
        pattern, lead = _MARKS[key], _LEADS[key]
        at = text.find(lead)
        while at >= 0:
            match = pattern.match(text, at)
            if match is None:
                at = text.find(lead, at + 1)
                continue
            found.append((match.start(), match.end(), _VALUE[match.group("m")]))
            at = text.find(lead, match.end())
        if _PLAYED_KEYS[key] in text:
            found += [(m.start(), m.end(), 60) for m in _PLAYED[key].finditer(text)]
    return found
