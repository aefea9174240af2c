"""The words and patterns dates are written in (month and weekday names from Babel's
locale data in both languages, numeric and relative forms), for dates.py."""

from __future__ import annotations

import re

from babel.dates import get_day_names, get_month_names

from bot.competitions.scan import grouped


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
_MONTH_NAMES = sorted(_MONTHS, key=len, reverse=True)
_DAY_NAMES = sorted(_DAYS, key=len, reverse=True)
_MONTH_ALT = grouped(_MONTH_NAMES, [re.escape(m) for m in _MONTH_NAMES])
_DAY_ALT = grouped(_DAY_NAMES, [re.escape(d) for d in _DAY_NAMES])
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
    rf"\b(?:(?P<mod>next|last|this|coming|this coming|previous)\s+)?(?P<early>early\s+)?"
    rf"(?P<day>{_DAY_ALT})(?:'s)?(?:\s+(?P<part>night|evening|afternoon|morning))?"
    r"(?P<cet>,?\s*\(?(?:cet|cest|european time|central european)\b)?"
)
_DE_WEEKDAY = re.compile(
    r"(?:\b(?P<night>in der nacht (?:zu|auf|zum)(?: den)?)\s+)?"
    r"(?:\b(?:am|vom|bis|seit)\s+)?"
    r"(?:\b(?P<mod>nächsten|kommenden|vergangenen|letzten|frühen|späten)\s+)?"
    rf"\b(?P<day>{_DAY_ALT})(?P<part>abend|nacht|morgen|nachmittag|vormittag|mittag)?s?\b"
    r"(?P<cet>\s*\((?:mesz|mez)\)|\s+(?:deutscher|mitteleuropäischer) zeit)?"
    r"(?P<prev>\s+der vorwoche)?"
)
_NUMBER = r"(?:\d{1,2}|[a-zäöü]+)"
_EN_RELATIVE = re.compile(
    rf"\b(?P<n>an?|{_NUMBER})\s+(?P<unit>days?|weeks?)\s+ago\b(?P<yesterday>\s+yesterday\b)?"
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
_DAY_GATE = ("day", "tag", *(d for d in _DAYS if "day" not in d and "tag" not in d))
"""Every weekday name holds one of these: most sentences need no search for all."""
_EN_RELATIVE_WORDS = (
    ("ago", "yesterday", "tonight", "today", "last night", "this evening", "last week",
     "last month"),
    20,
)  # fmt: skip
_DE_RELATIVE_WORDS = (("vor", "gestern", "heute", "woche", "monat"), 16)
_APPOSITION = re.compile(r",?\s*(?:(?:the|den|dem)\s+)?", re.IGNORECASE)
_LAST_WEEK = ("last week", "letzte woche", "vergangene woche", "in der vorwoche")
_LAST_MONTH = ("last month", "letzten monat", "vergangenen monat")
