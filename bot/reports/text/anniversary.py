"""The story's own day in an anniversary piece (`Fifty years ago tonight`, `Heute vor 40
Jahren`, a dateline of 2024-07-07 over `Am 7. Juli 1974 besiegte ...`): its matches are
dated and given seasons from that day, not from the publication date decades later."""

from __future__ import annotations

import re

from bot.competitions.scan import find_all
from bot.reports.matches.yearsapart import NUMBER_WORDS
from bot.reports.patterns.keyed import folded

_TENS = {
    "ten": 10, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "zehn": 10, "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50,
    "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90, "hundert": 100,
}  # fmt: skip
_NUMBER = r"\d{1,3}|[a-zäöüß]+(?:-[a-z]+)?"
_AGO_TODAY = re.compile(
    rf"\b(?P<en>{_NUMBER}) years ago (?:today|tonight|this (?:evening|afternoon|day))\b|"
    rf"\b(?:heute|genau) vor (?P<de>{_NUMBER}) jahren\b|"
    rf"\b(?P<her>{_NUMBER}) jahre (?:ist es|sind es) (?:(?:heute|nun|jetzt) )?(?:genau )?her\b",
    re.I,
)
"""Only a count back from today: `fifty years ago` alone could be any day of that year."""
_OPENING = 600
"""Where an anniversary piece says so: in its opening lines."""

_EN_MONTHS = (
    "january february march april may june july august september october november december"
).split()
_DE_MONTHS = "januar februar märz april mai juni juli august september oktober november dezember"
_MONTH_NUMBER = {name: i + 1 for i, name in enumerate(_EN_MONTHS)}
_MONTH_NUMBER.update({name: i + 1 for i, name in enumerate(_DE_MONTHS.split())})
_MONTH = "|".join(sorted(_MONTH_NUMBER, key=len, reverse=True))
_FULL_DATE = re.compile(
    rf"\b(?P<d>\d{{1,2}})(?:\.|st|nd|rd|th)? (?:of )?(?P<m>{_MONTH}) (?P<y>19\d\d|20\d\d)\b|"
    rf"\b(?P<m2>{_MONTH}) (?P<d2>\d{{1,2}})(?:st|nd|rd|th)?, (?P<y2>19\d\d|20\d\d)\b",
    re.I,
)
_FULL_DATE_LOW = folded(_FULL_DATE)
_BEFORE_MONTH = 8
"""A full date begins at most this far before its month's name (`12th of `)."""


def full_dates(opening: str):
    """`_FULL_DATE.finditer(opening)`, tried only near the months' names (the re.I
    pattern, `\\b`-led, was tried at every character: about 0.7 M instructions for an
    opening naming a month). Matches come from the lower-cased opening, so the month
    group is lower-cased.

    Exact: each match holds a month's name at most 8 characters after its start, so the
    leftmost match at or after `pos` is the leftmost one at or after the first place
    (less 8) where a name occurs at or after `pos`; `search` from there reads `\\b`
    against the characters before it. The lower-cased pattern matches the lower-cased
    text where the pattern matches the text when lower() keeps its length and the text
    has no `ı` or `ſ` (keyed.lower_exact); elsewhere the pattern runs as it stands."""
    low = opening.lower()
    if len(low) != len(opening) or (not low.isascii() and ("ı" in low or "ſ" in low)):
        yield from _FULL_DATE.finditer(opening)
        return
    pos = 0
    for at in sorted({at for name in _MONTH_NUMBER for at in find_all(low, name)}):
        if at < pos:
            continue
        found = _FULL_DATE_LOW.search(low, max(pos, at - _BEFORE_MONTH))
        if found is None:
            return
        yield found
        pos = found.end()


def story_date(body: str, published: str | None) -> str | None:
    """The day the piece looks back to, in the dateline's precision, or None where the
    text is no anniversary piece. A count back from today (`Forty years ago today`) or a
    full date on the dateline's day and month in an earlier year (`Am 7. Juli 1974`)."""
    if not published:
        return None
    opening = body[:_OPENING]
    low = opening.lower()
    back = None
    if "years ago" in low or " jahre" in low:
        found = _AGO_TODAY.search(opening)
        if found is not None:
            back = _count(found.group("en") or found.group("de") or found.group("her"))
    if back is None and len(published) == 10 and _month_named(low, int(published[5:7])):
        back = _same_day_years_back(opening, published)
    if back is None or back < 2 or back > 120:
        return None
    year = int(published[:4]) - back
    rest = published[4:]
    if rest == "-02-29":
        rest = "-02-28"
    return f"{year:04d}{rest}"


def _month_named(low: str, month: int) -> bool:
    """Whether the dateline's month is named at all (most openings name none)."""
    if not 1 <= month <= 12:
        return False
    return _EN_MONTHS[month - 1] in low or _DE_MONTHS.split()[month - 1] in low


def _same_day_years_back(opening: str, published: str) -> int | None:
    for found in full_dates(opening):
        day = int(found.group("d") or found.group("d2"))
        month = _MONTH_NUMBER[(found.group("m") or found.group("m2")).lower()]
        year = int(found.group("y") or found.group("y2"))
        if (month, day) == (int(published[5:7]), int(published[8:10])):
            return int(published[:4]) - year
    return None


def _count(word: str) -> int | None:
    """`40`, `fifty`, `forty-five`, `fünfundzwanzig`."""
    word = word.lower()
    if word.isdigit():
        return int(word)
    if word in _TENS:
        return _TENS[word]
    if word in NUMBER_WORDS:
        return NUMBER_WORDS[word]
    tens, _, ones = word.partition("-")
    if ones and tens in _TENS and ones in NUMBER_WORDS:
        return _TENS[tens] + NUMBER_WORDS[ones]
    ones, und, tens = word.partition("und")
    if und and tens in _TENS and (ones + "s" if ones == "ein" else ones) in _DE_ONES:
        return _TENS[tens] + _DE_ONES[ones + "s" if ones == "ein" else ones]
    return None


_DE_ONES = {
    "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7,
    "acht": 8, "neun": 9,
}  # fmt: skip
