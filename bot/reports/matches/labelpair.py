"""`Irland – Bosnien-Herzegowina: Mann des Abends in Dublin war Jonathan Walters. ... Im
Hinspiel am Freitag in Zenica hatte es 1:1 gestanden`: a paragraph a round-up heads with
a pair's label is about that pair, so the result told before it (Schweden – Dänemark) is
no guess for a score there that names no team."""

from __future__ import annotations

import re

_LABEL = re.compile(r"[^\n:.]{2,60}?\s[–—-]\s[^\n:.]{2,60}?:\s")


def other_label_pair(doc, sentence, previous: tuple[str, str]) -> bool:
    """Whether the sentence's paragraph opens with an `A – B:` label naming teams, not
    both of them the previous pair's."""
    start = doc.text.rfind("\n", 0, sentence.start) + 1
    found = _LABEL.match(doc.text, start)
    if found is None or found.end() > sentence.end:
        return False
    named = {m.team for m in doc.mentions_between(start, found.end())}
    return bool(named) and not named <= set(previous)
