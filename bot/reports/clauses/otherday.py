"""A clause that names one side of another match but tells a day of its own (`Am
vergangenen Samstag schien in Sotschi gegen Schweden die Wende zu gelingen`, with
Mexico–Sweden read for Wednesday) is about a game of that day, not that match."""

from __future__ import annotations

import re

from bot.reports.text import when
from bot.reports.text.holdsany import holds_any


def another_day(doc, text: str, match, explicit: bool = False) -> bool:
    """Whether `text` tells full dates and none of them is `match`'s own day (only dates
    written out, `am 16. Februar`, with `explicit`: a weekday may be either leg's)."""
    if match is None or not match.date or len(match.date) != 10:
        return False
    days = {
        value
        for _, value, kind in when.dates_in(text, doc.published, doc.lang)
        if not explicit or kind == "explicit"
    }
    days = {day for day in days if len(day) == 10}
    return bool(days) and match.date not in days


_WEEKDAY = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Mon|Diens|Donners|Frei|Sams|Sonn)tag|"
    r"Mittwoch|Sonnabend"
)
"""A weekday's name as it stands in the text (both languages capitalise it)."""
_WEEKDAY_KEYS = ("day", "tag", "Mittwoch", "Sonnabend")
"""What every weekday's name holds: most clauses hold none, and the search, opening on an
alternation of six first letters, entered its match at each of them."""


def weekday_elsewhere(doc, text: str, *matches) -> bool:
    """`Nach torlosen 90 Minuten war Atlético am Mittwoch in der Verlängerung ... in
    Führung gegangen` in a report on Friday's replay: a clause naming only the match's
    own sides but a weekday that is the day of none of `matches` (the main match and its
    legs) tells another meeting of the two."""
    own = {m.date for m in matches if m is not None}
    if not own or not all([day and len(day) == 10 for day in own]):
        return False  # an undated leg may have been played that day
    if not holds_any(text, _WEEKDAY_KEYS) or _WEEKDAY.search(text) is None:
        return False
    days = {
        value
        for _, value, kind in when.dates_in(text, doc.published, doc.lang)
        if kind == "weekday" and len(value) == 10
    }
    return bool(days) and not days & own


def pair_elsewhere(doc, text: str, mentions, pairing, context: str) -> bool:
    """A clause naming only the main pair on a weekday that is no day of the main match,
    its legs or the match the text is at (`context`)."""
    if not all(m.team in pairing.teams for m in mentions):
        return False
    own = (pairing.main, pairing.leg1, pairing.leg2, pairing.match_for(context))
    return weekday_elsewhere(doc, text, *own)
