"""Dates for the match reader: `dates.resolve_dates` (weekdays,
`Feb. 14`, `am frühen Donnerstagmorgen (MESZ)`) cut down to what can date a
match (a weekday or an explicit day, never `last week`), plus `am selben Abend`."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from bot.reports.dates import resolve_dates

SAME_DAY = re.compile(
    r"\b(?:am selben abend|am gleichen abend|zeitgleich|same night|same evening|"
    r"the same time|parallel)\b",
    re.IGNORECASE,
)


def to_date(published: str | None) -> date | None:
    if not published or len(published) != 10:
        return None
    try:
        return date.fromisoformat(published)
    except ValueError:
        return None


def dates_in(text: str, published: str | None, lang: str) -> list[tuple[int, str, str]]:
    """(offset, value, kind) for weekdays and explicit dates; kind is weekday|explicit."""
    return list(_dates_in(text, published, lang))


@lru_cache(maxsize=2048)
def _dates_in(text: str, published: str | None, lang: str) -> tuple[tuple[int, str, str], ...]:
    return tuple(
        (d.start, d.value, d.kind)
        for d in resolve_dates(text, published, lang)
        if d.kind in ("weekday", "explicit")
    )
