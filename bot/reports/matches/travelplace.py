"""`only to go to West Germany and win 2-0`, `travelled to Romania and drew 1-1`: the
country or town a side went to for a result is where that result was played."""

from __future__ import annotations

import re

from bot.reports.names.venues import home_by_place

_GONE_TO = re.compile(
    r"\b(?:go|went|going|travel(?:l?ed|l?ing)|head(?:ed|ing))\s+to\s+(?:the\s+)?"
    r"(?P<place>[A-ZÄÖÜ][\w'’.-]*(?:\s+[A-ZÄÖÜ][\w'’.-]*){0,2})"
)
_THEN_RESULT = re.compile(r"\s+and\s+(?:then\s+)?(?:win|won|draw|drew|lose|lost|beat)\b")
"""The result must be the next words' (`went to West Germany and won 2-0`); a trip told
beside another result (`went to Munich having won the first leg 1-0`) names nothing."""


def travel_home(text: str, base: int, readings, owner, resolver) -> None:
    """Set the home side of a result told right after `go/went/travelled to PLACE and`
    where the place is one side's town or country (never a third, neutral place)."""
    for m in _GONE_TO.finditer(text):
        if not _THEN_RESULT.match(text, m.end()):
            continue
        r = owner(m.end())
        if r is None or r.home or not r.teams() or r.hit.start - base < m.end():
            continue
        if (
            text.count(" to ", m.end(), r.hit.start - base)
            or ", " in text[m.end() : r.hit.start - base]
        ):
            continue
        side = home_by_place(m.group("place"), r.teams(), resolver)
        if side and side != "neutral":
            r.home = side
            r.notes.add("town-home")
