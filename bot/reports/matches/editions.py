"""A tournament played outside the year it is named for (Euro 2020 in 2021, the 2021
Africa Cup of Nations in 2022) has that name as its season only where the report
names the edition; otherwise the season is the year it was played, as the text says."""

from __future__ import annotations

import re

from bot.competitions.data import CALENDAR
from bot.competitions.names import find_competitions, info

_YEAR_AFTER = re.compile(r"(?:s|-s)?[\s-]{0,3}((?:19|20)\d\d)\b")
_YEAR_BEFORE = re.compile(r"\b((?:19|20)\d\d)(?:er)?[\s-]{1,3}(?:the\s+)?$", re.IGNORECASE)


def told_edition(text: str, comp: str | None, season: str | None, date: str | None) -> str | None:
    """`season` where it is the year of `date` or the text names that edition
    (`Afrika-Cups 2021`, `Euro 2020`, `the 2021 Africa Cup of Nations`); else the
    year of `date`."""
    data = info(comp)
    if season is None or not date or data is None or data.season != CALENDAR:
        return season
    if season == date[:4]:
        return season
    for m in find_competitions(text):
        if m.name != data.name:
            continue
        inside = re.search(r"(?:19|20)\d\d", text[m.start : m.end])
        after = _YEAR_AFTER.match(text, m.end)
        before = _YEAR_BEFORE.search(text, max(0, m.start - 12), m.start)
        years = set()
        for found in (inside, after, before):
            if found is not None:
                years.add(found.group(found.lastindex or 0))
        if season in years:
            return season
    return date[:4]
