"""A clause that names one side of another match but tells a day of its own (`Am
vergangenen Samstag schien in Sotschi gegen Schweden die Wende zu gelingen`, with
Mexico–Sweden read for Wednesday) is about a game of that day, not that match."""

from __future__ import annotations

from bot.reports.text import when


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
