"""Countries named as a tournament's hosts (`fährt zur Weltmeisterschaft 2002 nach Japan
und Südkorea`, `the 2002 World Cup in Japan and South Korea`): places, not sides, so no
result's unnamed side is guessed from them."""

from __future__ import annotations

import re

from bot.reports.text.holdsany import holds_any

_TOURNAMENT_TO = re.compile(
    r"(?:WM|Weltmeisterschaft|EM|Europameisterschaft|Endrunde|World Cup|Euro|European "
    r"Championship|finals)(?:[- ]\d{4}|\s+\d{4})?\s+(?:in|nach|to)\s+$"
)
_AND = re.compile(r"^\s*(?:,|und|and|sowie)\s*$")
_WORDS = ("WM", "eisterschaft", "EM", "Endrunde", "World Cup", "Euro", "hampionship", "finals")
"""Every match of _TOURNAMENT_TO holds one. A sentence is a stretch of the document's
text, so it can hold only those the document holds: they are looked for once per
document (most hold none), then in each sentence."""


def host_mentions(doc, sentence) -> set[int]:
    """The starts of the mentions in `sentence` that name a tournament's host country."""
    text = doc.text
    named = doc.cache.get("host-words")
    if named is None:
        named = doc.cache["host-words"] = [word for word in _WORDS if word in text]
    if not named or not holds_any(sentence.text, named):
        return set()
    hosts: set[int] = set()
    previous = None
    for mention in doc.mentions_in(sentence):
        lead = text[max(sentence.start, mention.start - 40) : mention.start]
        if _TOURNAMENT_TO.search(lead) or (
            previous is not None
            and previous.start in hosts
            and _AND.match(text[previous.end : mention.start])
        ):
            hosts.add(mention.start)
        previous = mention
    return hosts
