"""A lead that tells a fixture to come (`Inter Miami return to Chase Stadium on
Wednesday night ...`) dates its dateline to that fixture: the town is where the next
match is played, so it says nothing of where a result told later in the text was."""

from __future__ import annotations

import re

_AHEAD = re.compile(
    r"\b(?:return(?:s)? to|host(?:s)?|welcome(?:s)?|will (?:host|face|meet|play|visit)|"
    r"travel(?:s)? to|head(?:s)? to|empfängt|empfangen|gastiert|gastieren|reist|reisen|"
    r"tritt|treten|kehrt|kehren|arrives? (?:in|at))\b",
    re.I,
)
_DAY_AHEAD = re.compile(
    r"\b(?:on|am)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Montag|"
    r"Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\b|\btonight\b|\bheute Abend\b|"
    r"\bfor (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s\b",
    re.I,
)
_DIGIT_PAIR = re.compile(r"\d\s?[-:–]\s?\d")
_KEYS = (
    "return",
    "host",
    "welcome",
    "will",
    "travel",
    "head",
    "empf",
    "gastier",
    "reis",
    "tr",
    "kehr",
    "arriv",
)


def lead_tells_next_match(doc, main) -> bool:
    """Whether the first sentence, which does not hold the main result, tells a match
    ahead on a named day and states no score."""
    if not doc.sentences or main.sentence is doc.sentences[0]:
        return False
    lead = doc.sentences[0].text
    if _DIGIT_PAIR.search(lead) or not any(key in lead.lower() for key in _KEYS):
        return False
    ahead = _AHEAD.search(lead)
    return ahead is not None and _DAY_AHEAD.search(lead, ahead.end()) is not None
