"""Another result told `a week earlier` in the pluperfect (`Eine Woche zuvor hatten die
Münchner das Champions-League-Finale gegen Borussia Dortmund mit 2:1 gewonnen`): played
seven days before the report's match, whose day is known. A round played over two
weekdays (a Champions League group or knockout round) leaves that day a day loose; a
final is one day."""

from __future__ import annotations

import re
from datetime import timedelta

from bot.reports.matches.reading import Reading
from bot.reports.matches.weekbefore import told_days_before
from bot.reports.text import when

_WEEK_EARLIER = re.compile(
    r"\b(?:(?:a|one) week (?:earlier|before)|eine woche (?:zuvor|vorher|davor|früher))\b",
    re.IGNORECASE,
)
_TWO_DAY_WEEKS = ("UEFA Champions League", "UEFA Europa League")


def week_before_main(r: Reading, main: Reading | None, main_date, comp, stage) -> str | None:
    """The day seven days before the main match's, for such a result; else None."""
    if main is None or r is main or r.leg is not None or r.date is not None or r.earlier:
        return None
    day = when.to_date(main_date) if main_date and len(main_date) == 10 else None
    if day is None or r.sentence is main.sentence:
        return None
    phrase = _WEEK_EARLIER.search(r.sentence.text, 0, r.hit.start - r.sentence.start)
    if phrase is None or not told_days_before(r):
        return None
    if comp in _TWO_DAY_WEEKS and stage != "final":
        return None
    return (day - timedelta(days=7)).isoformat()
