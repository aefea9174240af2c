"""Dates counted from the dateline: weekdays (`Wednesday night`, `am frühen
Donnerstagmorgen`), day and week offsets (`gestern`, `three days ago`, `vor einer
Woche`) and `last week`/`last month`; the rules are in `dates`' docstring."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from text_to_num import text2num

from bot.reports.text.datewords import _DAYS, _LAST_MONTH, _LAST_WEEK, _OFFSETS


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


def weekday_dates(matches, anchor, precision) -> list[DateMention]:
    out = []
    for match in matches:
        target = _DAYS[match["day"].casefold()]
        mod = (match["mod"] or "").casefold()
        if mod in ("next", "coming", "this coming", "nächsten", "kommenden"):
            days = (target - anchor.weekday()) % 7 or 7
        elif mod in ("last", "vergangenen", "letzten"):
            days = -((anchor.weekday() - target) % 7 or 7)
        elif mod == "previous":  # `the previous Sunday`: the one before the story's day,
            days = -((anchor.weekday() - 1 - target) % 7 or 7) - 1  # the dateline's eve
        else:
            days = -((anchor.weekday() - target) % 7)
        if match.groupdict().get("prev"):
            days = target - anchor.weekday() - 7
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


def offset_dates(matches, anchor, precision, lang) -> list[DateMention]:
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
            elif match.groupdict().get("yesterday"):
                # `a week ago yesterday`: the day before the same weekday, an exact day
                mention = _days_ago(match, anchor, precision, days - 1)
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
