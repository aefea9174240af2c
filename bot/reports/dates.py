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
from dataclasses import dataclass
from datetime import date, timedelta

from babel.dates import get_day_names, get_month_names
from text_to_num import text2num

from bot.competitions.scan import keyword_matches, lower_keeping_positions


@dataclass(frozen=True)
class DateMention:
    """`value` is YYYY-MM-DD (precision `day`) or YYYY-MM (precision `month`).

    `relative` is the day offset for phrases counted from the dateline
    (`vor einer Woche` is -7), so a reader may count from a match date instead.
    """

    start: int
    end: int
    value: str
    precision: str
    kind: str = "explicit"  # explicit | weekday | relative
    relative: int | None = None


def _month_table() -> dict[str, int]:
    table: dict[str, int] = {"sept": 9}
    for locale in ("en", "de"):
        for width in ("wide", "abbreviated"):
            for number, name in get_month_names(width, locale=locale).items():
                plain = name.rstrip(".").casefold()
                table[plain] = number
                table[plain[:3]] = number
    return table


def _day_table() -> dict[str, int]:
    table: dict[str, int] = {"sonnabend": 5}
    for locale in ("en", "de"):
        for number, name in get_day_names("wide", locale=locale).items():
            table[name.casefold()] = number
    return table


_MONTHS = _month_table()
_DAYS = _day_table()
_MONTH_ALT = "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True))
_DAY_ALT = "|".join(sorted((re.escape(d) for d in _DAYS), key=len, reverse=True))
_YEAR = r"(?:19|20)\d\d"

_NUMERIC = re.compile(  # 14.02.2017 / 23.4. (not a minute like `(31.)`, checked apart)
    rf"(?P<nd>\d\d?)\.(?P<nm>[01]?\d)\.(?P<ny>{_YEAR}|\d\d(?!\d))?(?![\d:])"
)
_NAMED = re.compile(
    # 9. April 2025 / 23. April / 14 February 2017
    rf"(?<![\d(])(?P<dd>[0-3]?\d)\.?\s+(?P<dm>{_MONTH_ALT})\.?(?:\s+(?P<dy>{_YEAR}))?\b"
    # Feb. 14 / April 9, 2025 / May 7
    rf"|\b(?P<mm>{_MONTH_ALT})\.?\s+(?P<md>[0-3]?\d)(?:st|nd|rd|th)?\b(?!\s*[-:.]\s*\d)"
    rf"(?:,?\s+(?P<my>{_YEAR}))?"
    # April 2025 / im Mai 2013 (month precision)
    rf"|\b(?P<om>{_MONTH_ALT})\s+(?P<oy>{_YEAR})\b"
)
_EN_WEEKDAY = re.compile(
    rf"\b(?:(?P<mod>next|last|this|coming|this coming)\s+)?(?P<early>early\s+)?"
    rf"(?P<day>{_DAY_ALT})(?:'s)?(?:\s+(?P<part>night|evening|afternoon|morning))?"
    r"(?P<cet>,?\s*\(?(?:cet|cest|european time|central european)\b)?"
)
_DE_WEEKDAY = re.compile(
    r"(?:\b(?P<night>in der nacht (?:zu|auf|zum)(?: den)?)\s+)?"
    r"(?:\b(?:am|vom|bis|seit)\s+)?"
    r"(?:\b(?P<mod>nächsten|kommenden|vergangenen|letzten|frühen|späten)\s+)?"
    rf"\b(?P<day>{_DAY_ALT})(?P<part>abend|nacht|morgen|nachmittag|vormittag|mittag)?s?\b"
    r"(?P<cet>\s*\((?:mesz|mez)\)|\s+(?:deutscher|mitteleuropäischer) zeit)?"
)
_NUMBER = r"(?:\d{1,2}|[a-zäöü]+)"
_EN_RELATIVE = re.compile(
    rf"\b(?P<n>an?|{_NUMBER})\s+(?P<unit>days?|weeks?)\s+ago\b"
    r"|\b(?P<word>yesterday|tonight|today|last night|this evening|last week|last month)\b"
)
_DE_RELATIVE = re.compile(
    rf"\bvor\s+(?P<n>einer|einem|{_NUMBER})\s+(?P<unit>tag(?:en)?|wochen?)\b"
    r"|\b(?P<word>vorgestern|gestern|heute|letzte woche|vergangene woche|"
    r"in der vorwoche|letzten monat|vergangenen monat)\b"
)
_OFFSETS = {
    "yesterday": -1, "last night": -1, "tonight": 0, "today": 0, "this evening": 0,
    "gestern": -1, "vorgestern": -2, "heute": 0,
}  # fmt: skip
# Keywords for bot.competitions.scan (each phrase contains one) and how far
# before the keyword the phrase may start.
_MONTH_WORDS = (tuple(sorted({name[:3] for name in _MONTHS})), 6)
_DAY_WORDS = (tuple(_DAYS), 40)
_EN_RELATIVE_WORDS = (
    ("ago", "yesterday", "tonight", "today", "last night", "this evening", "last week",
     "last month"),
    20,
)  # fmt: skip
_DE_RELATIVE_WORDS = (("vor", "gestern", "heute", "woche", "monat"), 16)
_APPOSITION = re.compile(r",?\s*(?:(?:the|den|dem)\s+)?", re.IGNORECASE)
_LAST_WEEK = ("last week", "letzte woche", "vergangene woche", "in der vorwoche")
_LAST_MONTH = ("last month", "letzten monat", "vergangenen monat")


def parse_dateline(published: str | None) -> tuple[date | None, str | None]:
    """(`date`, precision) for `2025-04-10` (day) or `2024-04` (month, 1st of month)."""
    if not published:
        return None, None
    match = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?", published.strip())
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
    found += _explicit(low, _numeric(low), anchor)
    found += _explicit(low, keyword_matches(low, _NAMED, *_MONTH_WORDS), anchor)
    if anchor is not None:
        weekday = _DE_WEEKDAY if lang == "de" else _EN_WEEKDAY
        found += _weekdays(keyword_matches(low, weekday, *_DAY_WORDS), anchor, precision)
        relative = _DE_RELATIVE if lang == "de" else _EN_RELATIVE
        words = _DE_RELATIVE_WORDS if lang == "de" else _EN_RELATIVE_WORDS
        found += _relative(keyword_matches(low, relative, *words), anchor, precision, lang)
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


def _weekdays(matches, anchor, precision) -> list[DateMention]:
    out = []
    for match in matches:
        target = _DAYS[match["day"].casefold()]
        mod = (match["mod"] or "").casefold()
        if mod in ("next", "coming", "this coming", "nächsten", "kommenden"):
            days = (target - anchor.weekday()) % 7 or 7
        elif mod in ("last", "vergangenen", "letzten"):
            days = -((anchor.weekday() - target) % 7 or 7)
        else:
            days = -((anchor.weekday() - target) % 7)
        part = (match["part"] or "").casefold()
        early = mod == "frühen" or bool(match.groupdict().get("early"))
        if (
            match.groupdict().get("night")
            or (part == "morgen" and (early or match["cet"]))
            or (part == "morning" and early and match["cet"])
        ):
            days -= 1
        if precision == "month":
            value, prec = anchor.strftime("%Y-%m"), "month"
        else:
            value, prec = (anchor + timedelta(days=days)).isoformat(), "day"
        out.append(DateMention(match.start(), match.end(), value, prec, "weekday"))
    return out


def _relative(matches, anchor, precision, lang) -> list[DateMention]:
    out = []
    for match in matches:
        word = (match["word"] or "").casefold()
        if word in _LAST_WEEK:
            mention = _last_week(match, anchor, precision)
        elif word in _LAST_MONTH:
            previous = anchor.replace(day=1) - timedelta(days=1)
            mention = DateMention(
                match.start(), match.end(), previous.strftime("%Y-%m"), "month", "relative"
            )
        elif word:
            mention = _days_ago(match, anchor, precision, _OFFSETS[word])
        else:
            days = _counted(match["n"], match["unit"], lang)
            weeks = match["unit"].startswith(("week", "woche"))
            if days is None:
                mention = None
            elif weeks:
                mention = _weeks_ago(match, anchor, precision, days)
            else:
                mention = _days_ago(match, anchor, precision, days)
        if mention is not None:
            out.append(mention)
    return out


def _days_ago(match, anchor, precision, days) -> DateMention | None:
    if precision == "day":
        value, prec = (anchor + timedelta(days=days)).isoformat(), "day"
    elif abs(days) <= 1:
        value, prec = anchor.strftime("%Y-%m"), "month"
    else:
        return None
    return DateMention(match.start(), match.end(), value, prec, "relative", days)


def _weeks_ago(match, anchor, precision, days) -> DateMention | None:
    """Weeks are counted loosely, often from the match rather than the dateline
    (a day apart), so only the month is given, and only where both agree."""
    if precision != "day":
        return None
    late = anchor + timedelta(days=days)
    early = late - timedelta(days=1)
    if early.month != late.month:
        return None
    return DateMention(
        match.start(), match.end(), late.strftime("%Y-%m"), "month", "relative", days
    )


def rebase(mention: DateMention, day: str) -> str | None:
    """The exact day of a relative mention counted from another day (a match date):
    `vor einer Woche` from 2025-04-09 is 2025-04-02."""
    if mention.relative is None:
        return None
    try:
        start = date.fromisoformat(day)
    except ValueError:
        return None
    return (start + timedelta(days=mention.relative)).isoformat()


def _last_week(match, anchor, precision) -> DateMention | None:
    if precision != "day":
        return None
    monday = anchor - timedelta(days=anchor.weekday() + 7)
    sunday = monday + timedelta(days=6)
    if monday.month != sunday.month:
        return None
    return DateMention(match.start(), match.end(), monday.strftime("%Y-%m"), "month", "relative")


def _counted(number: str | None, unit: str | None, lang: str) -> int | None:
    if not number or not unit:
        return None
    word = number.casefold()
    if word == "acht" and not unit.casefold().startswith("woche"):
        return None  # `vor acht Tagen` means about a week, not eight days
    if word in ("a", "an", "einer", "einem"):
        count = 1
    elif word.isdigit():
        count = int(word)
    else:
        try:
            count = text2num(word, "de" if lang == "de" else "en")
        except ValueError:
            return None
    per = 7 if unit.casefold().startswith(("week", "woche")) else 1
    return -count * per
