"""A chance missed by someone else after the goal, joined by a bare `and` (`X headed Ajax in
front in the 35th minute and Y hit the post after the break`): the clause splitter keeps
the two together, yet the miss is the second subject's, not the goal's. Only the clause's
head, before `and` and a new named subject, tells whether the goal itself was missed."""

from __future__ import annotations

import re

_AND_NAMED = re.compile(
    r"(?<=[\w)]) (?:and|und) (?=(?-i:[A-Z][\w'’-]+)(?: (?-i:[A-Z][\w'’-]+)){0,2} "
    r"(?-i:[a-z]))"
)
"""` and Güler hit`, ` and Denzel Dumfries missed`: `and`, then one to three capitalised
words and a lower-case word (the second subject's verb)."""
_TOLD_MINUTE = {
    "en": re.compile(r"\b\d{1,3}(?:st|nd|rd|th)\b|\(\d{1,3}(?:\+\d{1,2})?\)"),
    "de": re.compile(r"\b\d{1,3}\. Minute\b|\(\d{1,3}\.(?:\s?\+\s?\d{1,2}\.?)?\)"),
}


def head_before_other_subject(text: str, miss_at: int, lang: str) -> str | None:
    """The clause up to ` and <Name> <verb>` where that joint lies between a told minute and
    the miss at `miss_at`; None where the clause has no such joint."""
    if " and " not in text and " und " not in text:
        return None
    joint = None
    for found in _AND_NAMED.finditer(text):
        if found.start() >= miss_at:
            break
        joint = found
    if joint is None:
        return None
    head = text[: joint.start()]
    if _TOLD_MINUTE[lang].search(head) is None:
        return None
    return head
