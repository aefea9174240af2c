"""`die Ausgangslage für das Rückspiel am Mittwoch in Bochum`, `the first leg at Anfield`:
a ground told of the other leg of a two-legged tie is its home side's, so the leg the
report tells was played at the other side's ground."""

from __future__ import annotations

import re

from bot.reports.names.venues import home_by_place
from bot.reports.text.holdsany import holds_any

_KEYS = ("ückspiel", "inspiel", "second leg", "first leg", "return leg", "second-leg", "first-leg")
"""The leg words: most reports hold none, so the pattern is not tried."""
_OTHER_LEG_AT = re.compile(
    r"\b(?:(?P<one>[Hh]inspiel\w*|first[- ]leg)|(?P<two>[Rr]ückspiel\w*|second[- ]leg|"
    r"return leg))"
    r"(?:\s+(?:am|on)\s+(?:kommenden\s+|nächsten\s+|next\s+)?[A-ZÄÖÜ][a-zäöü]+(?:tag|woch|day)"
    r"(?:abend|night|evening)?)?"
    r"\s+(?:in|at|bei|beim)\s+(?P<place>[A-ZÄÖÜ][\w.'’-]*(?:\s+[A-ZÄÖÜ][\w.'’-]*){0,2})"
)


def home_by_other_legs_ground(doc, main, resolver) -> str | None:
    """The side of `main`'s pair whose ground the text names as the other leg's, turned
    to its opponent; None when no leg or ground is told, or two are told that disagree."""
    pair = main.teams()
    if main.leg not in (1, 2) or not pair or not holds_any(doc.text, _KEYS):
        return None
    homes = set()
    for found in _OTHER_LEG_AT.finditer(doc.text):
        if (1 if found.group("one") else 2) == main.leg:
            continue
        side = home_by_place(found.group("place"), pair, resolver)
        if side in pair:
            homes.add(pair[0] if side == pair[1] else pair[1])
    return homes.pop() if len(homes) == 1 else None
