"""Dates for the match reader: `dates.resolve_dates` (weekdays,
`Feb. 14`, `am frühen Donnerstagmorgen (MESZ)`) cut down to what can date a
match (a weekday, an explicit day or month, never `last week`), plus `am selben Abend`."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from bot.competitions.scan import lower_text
from bot.reports.patterns.keyed import Keyed
from bot.reports.patterns.spots import Folded
from bot.reports.text.dates import resolve_dates

SAME_DAY = Keyed(
    re.compile(
        r"\b(?:am selben abend|am gleichen abend|zeitgleich|same night|same evening|"
        r"the same time|parallel|parallelspiel\w*|parallelpartie\w*|am (?:selben|gleichen) tag|"
        r"am nachmittag|the same day|"
        r"earlier (?:in the|that) (?:day|evening)|later (?:in the|that) (?:day|evening))\b",
        re.IGNORECASE,
    ),
    "abend|zeitgleich|same|parallel|tag|nachmittag|day|evening",
    led=True,
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
    wire = _WIRE_HEADER.match(text)
    found = [
        (d.start, d.value, _kind(d))
        for d in resolve_dates(text, published, lang)
        if (d.kind in ("weekday", "explicit") or _last_night(d, text))
        and not _after_dateline(d.value, published)
        and not (wire and d.start < wire.end())
    ]
    if not found:
        found = _months(text, published)
    return tuple(found)


_WIRE_HEADER = re.compile(
    r"[A-ZÄÖÜ][A-ZÄÖÜ .'’-]+(?:, [\w.]+)?, (?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2}\. [A-ZÄÖÜ]\w+)"
    r" \((?:Reuters|AP|AFP|dpa|SID|sid|Xinhua)\)"
)
"""`BUENOS AIRES, Aug 6 (Reuters) -`: the day the wire filed the story, not a match's."""


def _after_dateline(value: str, published: str | None) -> bool:
    """`das Endspiel am 25. Mai` in a report of 15 April: a fixture to come, whose day
    no result of the report can have been played on."""
    return bool(published) and value[: len(published)] > published[: len(value)]


def _last_night(mention, text: str) -> bool:
    """`last night`, `yesterday`, `tonight`, `gestern`: a day counted from the dateline
    as exactly as a weekday is (never `vor zwei Tagen`, counted loosely), and so is `a week
    ago yesterday`; `last month`
    gives its month."""
    if mention.kind == "relative" and mention.relative is None:
        return _MONTH_WORD.search(text, mention.start, mention.end) is not None
    if mention.kind == "relative" and text.endswith("yesterday", mention.start, mention.end):
        return True  # `a week ago yesterday`: a day before the dateline's weekday, exact
    return mention.kind == "relative" and mention.relative in (-1, 0)


_MONTH_WORD = re.compile(r"month|monat", re.IGNORECASE)


def _kind(mention) -> str:
    """A day counted from the dateline dates like a weekday; a month like a month."""
    if mention.kind != "relative":
        return mention.kind
    return "weekday" if mention.relative is not None else "explicit"


_MONTHS = {
    "january": 1, "januar": 1, "jänner": 1, "february": 2, "februar": 2, "march": 3,
    "märz": 3, "april": 4, "may": 5, "mai": 5, "june": 6, "juni": 6, "july": 7, "juli": 7,
    "august": 8, "september": 9, "october": 10, "oktober": 10, "november": 11,
    "december": 12, "dezember": 12,
}  # fmt: skip
_MONTH_PHRASE = Folded(
    re.compile(
        r"\b(?:(?:at|by) the (?:end|start|beginning|turn) of|in the (?:middle|second half|first "
        r"half) of|(?:in )?(?:early|mid|late)[- ]|ende|anfang|mitte|(?P<last>last|(?:im )?"
        r"(?:vergangenen|letzten))|(?P<bare>in|im))\s*(?P<month>"
        + "|".join(_MONTHS)
        + r")\b(?:\s+(?P<year>(?:19|20)\d\d)\b)?",
        re.IGNORECASE,
    )
)
"""`at the end of May`, `Ende Mai 2024`, `last May`, `im Oktober`: a month, never a bare
`May` (a name too)."""


def _months(text: str, published: str | None) -> list[tuple[int, str, str]]:
    """(offset, YYYY-MM, `explicit`) for a month that lies before the dateline:
    the latest such month unless a year is given. Asked only where no day is
    told, so `on Saturday` is never blurred to its month."""
    if not published or len(published) < 7 or not _may_name_month(text):
        return []
    year, month = int(published[:4]), int(published[5:7])
    out = []
    for m in _MONTH_PHRASE.finditer(text):
        if m.group("bare") and not m.group("month")[0].isupper():
            continue
        number = _MONTHS.get(m.group("month").lower().replace("\u0307", ""))
        if number is None:
            continue
        if m.group("year"):
            found = int(m.group("year"))
        else:
            found = (
                year if number < month or (number == month and not m.group("last")) else year - 1
            )
        if (found, number) > (year, month):
            continue
        out.append((m.start(), f"{found:04d}-{number:02d}", "explicit"))
    return out


_MONTH_NAMES = tuple(_MONTHS)


def _may_name_month(text: str) -> bool:
    """Whether _MONTH_PHRASE (case-insensitive, slow) can match: it holds a whole month
    name, which lower() keeps unless it is spelt with `ı`, `ſ` or `İ` (lower-cased with a
    combining dot), letters re.IGNORECASE folds that lower() does not. (Checking for the
    names, not their first letters, passes over the many sentences with `ma` in them.)"""
    low = lower_text(text)
    for name in _MONTH_NAMES:  # a plain loop: cheaper than any() over a generator
        if name in low:
            return True
    return not low.isascii() and ("ı" in low or "ſ" in low or "\u0307" in low)
