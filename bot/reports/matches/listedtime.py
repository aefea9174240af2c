"""Extra time on a result line: `Switzerland 1, Poland 1, Poland won 5-4 on penalties,
aet` says it after the shoot-out; `Boca Juniors - Cruz Azul 0:1, 3:1 im
Elfmeterschießen` names a shoot-out but not extra time, which some cups skip, so the
line leaves it open (None) rather than denying it."""

from __future__ import annotations

import re

_AET_ANYWHERE = re.compile(
    r"(?:^|[\s,(])(?:aet|a\.e\.t\.|n\.\s?V\.|after extra[- ]time|nach Verlängerung)(?=$|[\s,.)])",
    re.I,
)
_SHOOTOUT_WORDS = re.compile(
    r"\b(?:i\.\s?E\.|Elfmeterschie(?:ß|ss)en|on penalties|pens\b|penalty shoot-?out|shoot-?out)",
    re.I,
)
_OTHER_MATCH = re.compile(r"\(|\b(?:Hinspiel|Rückspiel|first leg|second leg|agg)", re.I)


def listed_extra_time(rest: str, shoot) -> bool | None:
    """True where the line's own notes (before any bracket or other leg) say extra time
    was played; None where they name a shoot-out only; else False (not told)."""
    own = rest[: m.start()] if (m := _OTHER_MATCH.search(rest)) else rest
    if _AET_ANYWHERE.search(own):
        return True
    return None if shoot is not None or _SHOOTOUT_WORDS.search(own) else False
