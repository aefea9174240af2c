"""A live blog (`78 min: Sakho turns it in. 3-3 on the night` ... `Full-time: Liverpool win
4-3`; a stamp may lack its colon, `14 min GOAL! Spain 1-0 Italy`, `68' TOR!`): a score told
under a minute stamp (or a half-time one) is the game's state at that minute; once a
full-time entry gives the same two sides a result, only that one is their match."""

from __future__ import annotations

import re

from bot.reports.matches.reading import Reading

_STAMP = re.compile(
    r"(?:^|\n)[ \t]*(?:\d{1,3}(?:\s*\+\s*\d{1,2})?"
    r"(?:\.?\s*(?:minuten?\b\.?:|mins?\b\.?)|['’′])"  # `14 min:`, `14 min GOAL!`, `14'`
    r"|(?:half[- ]time|ht|halbzeit|pause)\b\s*:)",  # `Half-time: Spain 2-0 Italy`
    re.I,
)
_FULL_TIME = re.compile(
    r"(?:^|\n)[ \t]*(?:full[- ]time|ft|final whistle|abpfiff|schlusspfiff|spielende)\b\s*:",
    re.I,
)


def without_blog_states(doc, readings: list[Reading]) -> list[Reading]:
    """The readings, less those of a pair told under a minute stamp where a full-time
    entry tells that pair's result."""
    text = doc.text
    if "\n" not in text or not _full_time_entry(text):
        return readings
    final = {frozenset(r.teams()) for r in readings if r.teams() and _entry(text, r, _FULL_TIME)}
    if not final:
        return readings
    return [
        r
        for r in readings
        if not (r.teams() and frozenset(r.teams()) in final and _entry(text, r, _STAMP))
    ]


def _entry(text: str, r: Reading, stamp: re.Pattern) -> bool:
    """Whether the paragraph holding r's score opens with `stamp`."""
    start = text.rfind("\n", 0, r.hit.start) + 1
    return stamp.match(text, max(0, start - 1)) is not None


def _full_time_entry(text: str) -> bool:
    """`_FULL_TIME.search(text)`, tried only where it can match: at the start and at
    each line break (its `^` has no re.M), not at every offset of the report."""
    if _FULL_TIME.match(text):
        return True
    at = text.find("\n")
    while at >= 0:
        if text[at + 1 : at + 2] in _FULL_TIME_FIRSTS and _FULL_TIME.match(text, at):
            return True
        at = text.find("\n", at + 1)
    return False


_FULL_TIME_FIRSTS = frozenset("fFaAsSſ \t")
"""What may follow the line break of a _FULL_TIME match: a blank or the first letter of one
of its words as re.I reads it (`ſ` is an `s` there). Most lines open otherwise, and a
character test is cheaper than a regex call."""
