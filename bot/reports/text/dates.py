"""Dates in a report, resolved against its dateline, so that `Wednesday night` in a
report dated Thursday 2025-04-10 becomes 2025-04-09 and a fact never claims more
precision than the text and dateline give.

Month and weekday names come from Babel's locale data (both languages, wide and
abbreviated forms) rather than hand lists; number words (`vor zwei Wochen`,
`three days ago`) go through text2num. dateparser was not used: it resolves
against today's clock, not a dateline, and is far too slow for 300 reports/s.

Rules (decided here; the tests hold them):
- A weekday is the most recent such day on or before the dateline; with `next`,
  `nächsten`, `kommenden` it is the first such day after it.
- `am frühen Donnerstagmorgen`, `Donnerstagmorgen (MESZ)`, `in der Nacht zu
  Donnerstag`, `early Thursday morning (CEST)`: a match seen from Central Europe
  in the small hours was played the evening before in the Americas, so the
  local date (the one the gold files use) is the day before.
- Explicit dates without a year (`Feb. 14`, `am 23. April`) take the year that
  puts them nearest the dateline, so `June 1` in a May report stays in that year
  and `Dec. 20` in a January report falls in the year before.
- `three days ago`, `gestern`, `yesterday`, `tonight` are exact day offsets
  from a day-precision dateline. Weeks (`vor einer Woche`, `three weeks ago`)
  are counted loosely, often from the match rather than the dateline, so they
  give only the month (where both readings agree); `relative` holds the offset
  and `rebase()` counts it from a match date. `last week`/`letzte Woche` give
  the month only where that whole week lies in one month.
- With a month-precision dateline, weekdays and `yesterday`/`tonight` give that
  month; offsets in weeks give nothing.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from bot.competitions.scan import keyword_matches, lower_keeping_positions
from bot.reports.text.datewords import (
    _APPOSITION,
    _DAY_GATE,
    _DAY_WORDS,
    _DE_RELATIVE,
    _DE_RELATIVE_WORDS,
    _DE_WEEKDAY,
    _EN_RELATIVE,
    _EN_RELATIVE_WORDS,
    _EN_WEEKDAY,
    _MONTH_WORDS,
    _MONTHS,
    _NAMED,
    _NUMERIC,
)
from bot.reports.text.digits import holds_digit
from bot.reports.text.relativedates import DateMention, offset_dates, rebase, weekday_dates

__all__ = ["DateMention", "parse_dateline", "rebase", "resolve_dates"]

_DATELINE = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?")


@lru_cache(maxsize=64)
def parse_dateline(published: str | None) -> tuple[date | None, str | None]:
    """(`date`, precision) for `2025-04-10` (day) or `2024-04` (month, 1st of month)."""
    if not published:
        return None, None
    match = _DATELINE.fullmatch(published.strip())
    if not match:
        return None, None
    try:
        day = date(int(match[1]), int(match[2]), int(match[3] or 1))
    except ValueError:
        return None, None
    return day, "day" if match[3] else "month"


def resolve_dates(text: str, published: str | None, lang: str) -> list[DateMention]:
    """Every date phrase in the text that the dateline lets us resolve, in order."""
    anchor, precision = parse_dateline(published)
    low = lower_keeping_positions(text)
    found: list[DateMention] = []
    if holds_digit(low):
        # Every numeric and every named date holds a digit; most sentences hold none.
        found += _explicit(low, _numeric(low), anchor)
        found += _explicit(low, keyword_matches(low, _NAMED, *_MONTH_WORDS), anchor)
    if anchor is not None:
        weekday = _DE_WEEKDAY if lang == "de" else _EN_WEEKDAY
        if _holds_any(low, _DAY_GATE):
            found += weekday_dates(keyword_matches(low, weekday, *_DAY_WORDS), anchor, precision)
        relative = _DE_RELATIVE if lang == "de" else _EN_RELATIVE
        words = _DE_RELATIVE_WORDS if lang == "de" else _EN_RELATIVE_WORDS
        found += offset_dates(keyword_matches(low, relative, *words), anchor, precision, lang)
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    out: list[DateMention] = []
    for mention in found:
        if out and mention.start < out[-1].end:
            continue
        if out and out[-1].kind == "weekday" and mention.kind == "explicit":
            if _APPOSITION.fullmatch(text[out[-1].end : mention.start]):
                mention = DateMention(out[-1].start, mention.end, mention.value, mention.precision)
                out.pop()
        out.append(mention)
    return out


def _holds_any(low: str, keys: tuple[str, ...]) -> bool:
    """Whether `low` holds one of `keys` (a plain loop: cheaper than any() over a
    generator, asked for most sentences)."""
    for key in keys:
        if key in low:
            return True
    return False


def _numeric(low: str) -> list:
    if "." not in low:
        return []
    return [
        m
        for m in _NUMERIC.finditer(low)
        if m.start() == 0 or low[m.start() - 1] not in "0123456789(.+"
    ]


def _explicit(text: str, matches: list, anchor: date | None) -> list[DateMention]:
    out = []
    for match in matches:
        if match.groupdict().get("om"):
            month = _MONTHS[match["om"].casefold()]
            out.append(
                DateMention(match.start(), match.end(), f"{match['oy']}-{month:02d}", "month")
            )
            continue
        if match.groupdict().get("nd"):
            day, month, year = int(match["nd"]), int(match["nm"]), match["ny"]
            if year and len(year) == 2:
                year = "20" + year
        elif match["dd"]:
            day, month, year = int(match["dd"]), _MONTHS[match["dm"].casefold()], match["dy"]
        else:
            day, month, year = int(match["md"]), _MONTHS[match["mm"].casefold()], match["my"]
        value = _full_date(day, month, int(year) if year else None, anchor)
        if value is not None:
            out.append(DateMention(match.start(), match.end(), value.isoformat(), "day"))
    return out


def _full_date(day: int, month: int, year: int | None, anchor: date | None) -> date | None:
    if year is None:
        if anchor is None:
            return None
        options = []
        for candidate in (anchor.year - 1, anchor.year, anchor.year + 1):
            try:
                options.append(date(candidate, month, day))
            except ValueError:
                continue
        if not options:
            return None
        return min(options, key=lambda d: abs((d - anchor).days))
    try:
        return date(year, month, day)
    except ValueError:
        return None
