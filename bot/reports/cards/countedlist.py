"""`Schiedsrichter Hugh Dallas schickte drei Spieler vom Platz, Stéphane Mahé und Vidar
Riseth bei Celtic sowie Rod Wallace bei den Rangers`, `the referee sent off three players:
A, B and C`: a count of players sent off, then their names, as many as the count."""

from __future__ import annotations

import re

from bot.facts import Dismissal

_COUNTED = re.compile(
    r"\b(?:(?:schickte|stellte)\s+(?P<de>zwei|drei|vier|fünf)\s+Spieler\s+vom\s+(?:Platz|Feld)|"
    r"sent\s+off\s+(?P<en>two|three|four|five)\s+players)\s*[,:]\s*"
)
_COUNT = {"zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "two": 2, "three": 3, "four": 4, "five": 5}
_JOIN = re.compile(
    r"\s*(?:(?:bei|von|of|for)\s+(?:den\s+|the\s+)?[\w .'’-]{1,30}?\s*)?"
    r"(?:,|\band\b|\bund\b|\bsowie\b)\s*(?:,|\band\b|\bund\b|\bsowie\b)?\s*"
)
"""Between two listed names: `und`, `sowie`, a comma, and the side before it (`bei Celtic`)."""


def counted_list(cast, sentence) -> list[Dismissal] | None:
    """The cards of such a sentence, or None where it tells none this way."""
    text = sentence.text
    if "Spieler" not in text and "players" not in text:
        return None
    found = _COUNTED.search(text)
    if found is None:
        return None
    count = _COUNT[(found.group("de") or found.group("en")).lower()]
    start = sentence.start + found.end()
    people = [p for p in cast.within(start, sentence.end) if not cast.team_word(p)]
    if len(people) != count or people[0].start != start:
        return None
    doc_text = cast.doc.text
    for left, right in zip(people, people[1:], strict=False):
        if _JOIN.fullmatch(doc_text, left.end, right.start) is None:
            return None
    return [Dismissal(None, cast.full_name(p.name), None, None, False, text) for p in people]
