"""A score told `from the spot`: the shoot-out's, or a goal's (split from scorekinds.py)."""

from __future__ import annotations

import re

_SPOT_AFTER = re.compile(
    r"^\s*(?:vom\s+(?:Elfmeter)?punkt|from\s+the\s+(?:penalty\s+)?spot)\b", re.I
)
_LEVEL_THEN = re.compile(r"\b(\d{1,2})\s?[:–-]\s?\1\b[^.;:\d]{0,40}\b(?:und|and|then|dann)\s+$")
"""`1:1 nach Verlängerung und 4:3 vom Punkt`, `1-1 after extra time and 4-3 from the spot`:
a score from the spot after a level one is the shoot-out's (`made it 2-0 from the spot`,
with no level score before, is a goal's)."""
_AFTER_EXTRA_TIME = re.compile(
    r"\d\s?[:–-]\s?\d\s*(?:nach Verlängerung|n\.\s?V\.|after extra[- ]time|a\.e\.t\.|aet\b)"
    r"[^.;\d]{0,80}$",
    re.I,
)
"""`Nach einem 0:1 nach Verlängerung ... mit 2:3 vom Punkt`: a score from the spot after
one told as after extra time is the shoot-out's (no goal is scored after the final score)."""
_WON_WITH = re.compile(
    r"\b(?:siegte|siegten|gewann|gewannen|setzte sich|setzten sich|won|win|wins|winning|"
    r"prevailed|triumphed|unterlag|unterlagen|verlor|verloren|scheiterte|scheiterten|lost|"
    r"losing|lose|loses|beaten|fell)\b[^.;:\d]{0,60}$",
    re.I,
)
"""`diesmal siegte Paraguay mit 5:3 vom Punkt`, `won 4-2 from the spot`, `unterlag mit 2:3
vom Punkt`: a side that won or lost by a score from the spot won or lost the shoot-out (a
goal from the spot makes a score, it wins or loses nothing)."""


def spot_shootout(before: str, near_after: str) -> bool:
    """A score followed by `vom Punkt`/`from the spot` is the shoot-out's after a level score,
    a verb of winning or losing, or a score after extra time; otherwise it is a penalty goal's."""
    return bool(
        _SPOT_AFTER.match(near_after)
        and (
            _LEVEL_THEN.search(before[-60:])
            or _WON_WITH.search(before[-75:])
            or _AFTER_EXTRA_TIME.search(before[-110:])
        )
    )
