"""`Tonight United visit Porto after a 2-2 draw at Old Trafford`, `their semifinals on
Wednesday, after quarterfinals in which the Americans beat Jamaica 2-0`, `empfängt am
Mittwoch Porto nach einem 2:2 im Hinspiel`: a result told in an `after` phrase behind a
match to come, or behind rounds `in which` it was played, came before that day; the day
is not its date. (`reached the quarterfinals on Tuesday after a 0-0 draw with Porto`
tells that day's own match: no fixture verb, it keeps the day.) So too the place the
day's match is played at (`Am Mittwochabend ist der Blick auf Madrid gerichtet, wo Real
nach dem 0:1 in Paris eine Aufholjagd braucht`)."""

from __future__ import annotations

import re

from bot.reports.text.holdsany import holds_any

_AFTER = re.compile(
    r"\b(?:visit|visits|host|hosts|face|faces|meet|meets|welcome|welcomes|"
    r"empfängt|empfangen|trifft|treffen|gastiert|gastieren)\b[^.;:,]*"
    r"\b(?:after\s+(?:an?|their|its|the)|nach\s+(?:einem|einer|dem))\s+(?:[\w-]+\s+)?$"
    r"|\bafter\s+(?:the\s+)?[\w-]+\s+in\s+which\b[^.;]*$"
    r"|\b(?:wo|where)\s+(?:[\w.-]+,?\s+){1,3}"
    r"(?:after\s+(?:an?|their|its|the)|nach\s+(?:einem|einer|dem))\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
_KEYS = ("after", "nach")


def told_after_day(text: str, day_at: int, score_at: int) -> bool:
    """Whether the score at `score_at` stands in such an `after`/`nach` phrase between
    the day at `day_at` and it."""
    if score_at <= day_at:
        return False
    between = text[day_at:score_at].lower()
    if not holds_any(between, _KEYS):
        return False
    return _AFTER.search(text, day_at, score_at) is not None


_OPENS_AFTER = re.compile(
    r"(?:^|[:;–—]\s*)(?:Nach|After)\s+(?:dem|einem|der|einer|the|a|an|their)\s+$"
)
_NEED = re.compile(
    r"\b(?:brauch\w*|benötig\w*|müssen|muss|need\w*|must|have to|has to|empfängt|empfangen|"
    r"trifft|treffen|visit\w*|host\w*|face\w*)\b"
)


def need_after_result(text: str, day_at: int, score_at: int) -> bool:
    """`Nach dem 1:3 im Hinspiel brauchen die Störche am Montagabend einen Sieg`, `After the
    1-3 in the first leg, Kiel need a win on Monday`: a sentence opening on a result and
    going on to what a side needs on a day tells that day of the match to come."""
    if score_at >= day_at or not _OPENS_AFTER.search(text, max(0, score_at - 20), score_at):
        return False
    return _NEED.search(text, score_at, day_at) is not None
