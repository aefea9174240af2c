"""Minutes as reports write them; number words go through text2num, not a hand list."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.reports import minutelists as lists
from bot.reports.keyed import folded, lower_exact
from bot.reports.late_minutes import late_times, stoppage_base
from bot.reports.numberwords import number

STOPPAGE_BASES = (45, 90, 105, 120)
_ANCHOR = re.compile(r"[Mm]inute")
_REACH = 60


@dataclass(frozen=True)
class Minute:
    """One time statement; `relative` is an offset from the previous goal."""

    start: int
    end: int
    minute: int | None
    added: int | None = None
    relative: int | None = None
    note: str = ""
    paren: bool = False
    from_end: bool = False


_WORD = r"[A-Za-zäöüß]+(?:-[a-zäöüß]+)?"
_NUM = r"\d{1,3}"
_PAREN_ITEM = r"\d{1,3}(?:\.|['’]|(?:st|nd|rd|th)(?:\s+minute)?)?(?:\s*\+\s*\d{1,2}\.?['’]?)?"
_PAREN = re.compile(
    r"\((?P<list>" + _PAREN_ITEM + r"(?:\s*(?:,|und|and|/)\s*" + _PAREN_ITEM + r")*)"
    r"(?:\s*,\s*(?P<note>[^()\d][^()]{0,40}))?\)"
)
_BEFORE_BREAK = re.compile(
    r"\b(?P<n>\d{1,2}|" + _WORD + r")\s+(?:minutes?\s+(?:before|from)\s+(?:half-?time|the\s+"
    r"(?:break|interval|half-time|halftime))|Minuten?\s+vor\s+(?:der\s+Pause|dem\s+"
    r"Pausenpfiff|der\s+Halbzeit))\b",
    re.I,
)
_AFTER_BREAK = re.compile(
    r"\b(?P<n>\d{1,2}|" + _WORD + r")\s+(?:minutes?\s+(?:after|into)\s+(?:half-?time|the\s+"
    r"(?:break|interval|restart|half-time|halftime|second\s+half))|Minuten?\s+nach\s+(?:der\s+"
    r"Pause|dem\s+Seitenwechsel|Wiederanpfiff))\b",
    re.I,
)
_BEFORE_END = re.compile(
    r"\bwith\s+(?P<n>\d{1,2}|" + _WORD + r")\s+minutes?\s+(?:of\s+(?:normal|regular|regulation)\s+"
    r"time\s+)?(?:left|remaining|to\s+go|to\s+play)"
    r"\b(?!\s+(?:of|in)\s+(?:extra|the\s+first))|\b(?P<k>\d{1,2}|" + _WORD + r")\s+minutes?\s+"
    r"(?:from|before)\s+(?:time|full[- ]time|the\s+(?:end|final\s+whistle))\b"
    r"(?!\s+of\s+(?:the\s+first|extra|the\s+extra))|\b(?P<m>\d{1,2}|"
    + _WORD
    + r")\s+Minuten?\s+vor\s+"
    r"(?:Schluss|dem\s+Ende|Spielende|dem\s+Abpfiff)\b(?!\s+der\s+(?:Verlängerung|ersten))",
    re.I,
)
_EXTRA_TIME = re.compile(r"Verlängerung|extra[- ]time|\bn\.\s?V\.|\ba\.?e\.?t\b", re.I)
_FROM_ON = re.compile(r"\s+an\b")
_GOALS_LINE = re.compile(r"^[ \t]*(?:Goals?|Scorers?|Tore|Torschützen)[ \t]*:[^\n]*", re.M | re.I)
_LINE_ITEM = re.compile(
    r"(?<=[^\W\d_)] |\) )(\d{1,3})(?:st|nd|rd|th)?(?: minute)?\b(?![:+\-'’]|\.\d)"
)
_PAREN_ONE = re.compile(r"(\d{1,3})(\.|['’])?(?:\s*\+\s*(\d{1,2}))?")
_STOPPAGE_EN = re.compile(
    r"\b(?:the\s+)?(?P<n>\d{1,2}(?:st|nd|rd|th)|" + _WORD + r")\s+minute\s+of\s+"
    r"(?P<half>first[- ]half\s+)?(?:stoppage|injury|added)[- ]time",
    re.I,
)
_EXTRA_EN = re.compile(
    r"\bthe\s+(?P<n>\d{1,2}(?:st|nd|rd|th)|" + _WORD + r")\s+minute\s+of\s+"
    r"(?P<second>the\s+second\s+(?:half|period)\s+of\s+)?extra[- ]time",
    re.I,
)
_MINUTE_EN = re.compile(
    r"\bthe\s+(?P<n>\d{1,3}(?:st|nd|rd|th)|" + _WORD + r")\s+minute\b"
    r"(?!\s+of\s+(?:first[- ]half\s+|the\s+second\s+\w+\s+of\s+)?(?:stoppage|injury|added|extra))",
    re.I,
)
_ORDINAL_EN = re.compile(
    r"the(?<!\wthe)\s+(?P<n>\d{1,3})(?:st|nd|rd|th)\b(?!\s+minute)"
    r"(?=\s*(?:[,.;:—–)]|\s-\s|$)|\s+(?:while|and|but|after|before|to|as|with|when|for|on|off|"
    r"that|which|in|from|—|–|was|were|had|gave|made|put|sent|came|went|proved|sealed|won|left|"
    r"[a-z]+ed)\b)"
)
_PLUS = re.compile(r"(?<![\d:.,])(?P<b>45|90|105|120)\.?\s*\+\s*(?P<a>\d{1,2})\b\.?['’]?")
_ADJECTIVE = re.compile(r"\b(?P<n>\d{1,3})(?:st|nd|rd|th)-minute\b")
_APOSTROPHE = re.compile(r"(?<![\d.,:\w])(?P<n>\d{1,3})['’](?![\ds])")
_DIGIT_QUOTE = re.compile(r"['’](?<=\d.)")
_ORDINAL_HINT = re.compile(r"\d(?:st|nd|rd|th)")
_RELATIVE = re.compile(
    r"\b(?P<n>\d{1,2}|" + _WORD + r")\s+(?:minutes?\s+later|minutes?\s+after\s+that|"
    r"Minuten?\s+später|Minuten?\s+danach)\b",
    re.I,
)
_SECONDS = re.compile(
    r"\b(?:after|nach)\s+(?:only\s+|just\s+|nur\s+|gerade\s+einmal\s+)?(?P<n>\d{1,2}|"
    + _WORD
    + r")\s+(?:seconds|Sekunden)\b",
    re.I,
)
_ELAPSED = re.compile(
    r"\b(?:needed|took|required|after|on)\s+(?:only\s+|just\s+|barely\s+)?(?P<n>\d{1,3}|"
    + _WORD
    + r")\s+minutes\b|\bnach\s+(?:nur\s+|gerade\s+einmal\s+|gerade\s+mal\s+)?"
    r"(?P<m>\d{1,3}|" + _WORD + r")\s+(?:gespielten\s+)?Minuten\b",
    re.I,
)
_MINUTE_DE = re.compile(
    r"(?P<pre>\b(?:bis\s+zur|ab\s+der|seit\s+der|in\s+der|der|die))\s+(?P<n>\d{1,3}\.|[a-zäöüß]+)\s*"
    r"(?:\+\s*(?P<a>\d{1,2})\.?\s*)?(?:Spielm|M)inute\b(?P<stoppage>\s+der\s+Nachspielzeit)?",
)
_STOPPAGE_MARK = re.compile(
    r"\b(?:in|into)\s+(?:stoppage|injury|added)[- ]time\b|\bNachspielzeit\b", re.I
)
_RANGE_BEFORE = re.compile(
    r"(?:\bfrom|\bsince|\buntil|\bbis\s+zur|\bab\s+der|\bseit\s+der|\bbis\s+zur)\s*$", re.I
)


_FOLDED = {
    pattern: folded(pattern)
    for pattern in (
        _STOPPAGE_EN,
        _EXTRA_EN,
        _MINUTE_EN,
        _RELATIVE,
        lists.AND_ORDINAL,
        _BEFORE_BREAK,
        _AFTER_BREAK,
        _BEFORE_END,
        _ELAPSED,
    )
    if pattern.flags & re.I
}


def find_minutes(text: str, lang: str) -> list[Minute]:
    """Every time statement in `text`, in order, overlapping finds removed."""
    found: list[Minute] = []
    for match in _PAREN.finditer(text):
        note = (match.group("note") or "").strip()
        for item in _PAREN_ONE.finditer(match.group("list")):
            base, added = int(item.group(1)), item.group(3)
            if 0 < base <= 130:
                found.append(
                    Minute(match.start(), match.end(), base, _int(added), note=note, paren=True)
                )
    english, german = lang != "de", lang != "en"
    segments = _segments(text)
    for match in _each(_STOPPAGE_EN, text, segments) if english else ():
        added = number(match.group("n"), "en")
        if added is not None and 0 < added < 20:
            late = None if match.group("half") else stoppage_base(text, match.end())
            base = 45 if match.group("half") else late or 90
            found.append(Minute(match.start(), match.end(), base, added))
    found.extend(
        Minute(*late) for late in late_times(text, lang, lambda p: _each(p, text, segments), number)
    )
    for match in _each(_EXTRA_EN, text, segments) if english else ():
        value = number(match.group("n"), "en")
        if value is not None and 0 < value <= 15:
            base = 105 if match.group("second") else 90
            found.append(Minute(match.start(), match.end(), base + value))
        elif value is not None and 90 < value <= 130:
            found.append(Minute(match.start(), match.end(), value))
    for match in _each(_MINUTE_EN, text, segments) if english else ():
        _add_plain(found, text, match, number(match.group("n"), "en"))
    for match in _ORDINAL_EN.finditer(text) if english and _ORDINAL_HINT.search(text) else ():
        _add_plain(found, text, match, int(match.group("n")))
    for match in _each(_MINUTE_DE, text, segments) if german else ():
        if match.group("pre").split()[0] in ("bis", "ab", "seit") or _FROM_ON.match(
            text, match.end()
        ):
            continue
        value = number(match.group("n").rstrip("."), "de")
        if value is None:
            continue
        if match.group("stoppage") and value < 20:
            found.append(Minute(match.start(), match.end(), 90, value))
        elif not match.group("stoppage"):
            found.append(Minute(match.start(), match.end(), value, _int(match.group("a"))))
    for match in _PLUS.finditer(text) if "+" in text else ():
        found.append(
            Minute(match.start(), match.end(), int(match.group("b")), int(match.group("a")))
        )
    for match in _each(_ADJECTIVE, text, segments) if english else ():
        _add_plain(found, text, match, int(match.group("n")))
    for match in _APOSTROPHE.finditer(text) if _DIGIT_QUOTE.search(text) else ():
        _add_plain(found, text, match, int(match.group("n")))
    for match in _each(_RELATIVE, text, segments):
        offset = number(match.group("n"), lang)
        if offset is not None and 0 < offset < 30:
            found.append(Minute(match.start(), match.end(), None, relative=offset))
    for match in _each(lists.AND_ORDINAL, text, segments) if english else ():
        _add_plain(found, text, match, int(match.group("n")))
    for match in _each(lists.FIRST_OF_PAIR_DE, text, segments) if german else ():
        _add_plain(found, text, match, int(match.group("n")))
    for match in _each(lists.ELLIPTIC_DE, text, segments) if german else ():
        _add_plain(found, text, match, int(match.group("n")))
    for match in _each(lists.MIDDLE_OF_LIST_DE, text, segments) if german else ():
        _add_plain(found, text, match, int(match.group("n")))
    for match in _each(lists.MIDDLE_OF_LIST_EN, text, segments) if english else ():
        _add_plain(found, text, match, int(match.group("n")))
    for match in _each(lists.SECOND_OF_PAIR_DE, text, segments) if german else ():
        _add_plain(found, text, match, int(match.group("n")))
    for match in lists.ORDINAL_NAME_EN.finditer(text) if english and "n the " in text else ():
        _add_plain(found, text, match, int(match.group("n")))
    for match in _each(_BEFORE_BREAK, text, segments):
        offset = number(match.group("n"), lang)
        if offset is not None and 0 < offset < 15:
            found.append(Minute(match.start(), match.end(), 45 - offset))
    for match in _each(_AFTER_BREAK, text, segments):
        offset = number(match.group("n"), lang)
        if offset is not None and 0 < offset < 45:
            found.append(Minute(match.start(), match.end(), 45 + offset))
    before_end = list(_each(_BEFORE_END, text, segments))
    unsure = bool(before_end) and bool(_EXTRA_TIME.search(text))
    for match in before_end:
        offset = number(match.group("n") or match.group("k") or match.group("m"), lang)
        if offset is not None and 0 < offset < 45:
            normal = "normal" in match.group() or "regul" in match.group()
            found.append(
                Minute(match.start(), match.end(), 90 - offset, from_end=unsure and not normal)
            )
    for match in _SECONDS.finditer(text) if "ekunden" in text or "econds" in text else ():
        value = number(match.group("n"), lang)
        if value is not None and 0 < value < 60:
            found.append(Minute(match.start(), match.end(), 1))
    for match in _each(_ELAPSED, text, segments):
        value = number(match.group("n") or match.group("m"), lang)
        if value is not None and 0 < value <= 120:
            found.append(Minute(match.start(), match.end(), value))
    for line in _GOALS_LINE.finditer(text) if ":" in text else ():
        for item in _LINE_ITEM.finditer(text, line.start(), line.end()):
            bare = item.group() == item.group(1)
            if not bare or (int(item.group(1)) >= 5 and text[item.end() : item.end() + 2] != " ("):
                _add_plain(found, text, item, int(item.group(1)))
    return _without_overlaps(found)


def _segments(text: str) -> tuple[list[tuple[int, int]], str | None]:
    """Stretches around the word "minute": the only places the prose patterns can match;
    and the lower-cased text, unless it holds letters re.I and lower() fold apart."""
    spans: list[tuple[int, int]] = []
    for anchor in _ANCHOR.finditer(text):
        lo, hi = max(0, anchor.start() - _REACH), min(len(text), anchor.end() + _REACH)
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], hi)
        else:
            spans.append((lo, hi))
    return spans, lower_exact(text) if spans else None


def _each(pattern: re.Pattern, text: str, segments: tuple[list[tuple[int, int]], str | None]):
    """Matches in the segments; a case-insensitive pattern first looks, lower-cased and
    several times faster, whether a segment can hold a match at all."""
    spans, low = segments
    folded = _FOLDED.get(pattern) if low is not None else None
    seen = set()
    for lo, hi in spans:
        if folded is not None and folded.search(low, lo, hi) is None:
            continue
        for match in pattern.finditer(text, lo, hi):
            if match.span() not in seen:
                seen.add(match.span())
                yield match


def stoppage_marked(text: str) -> bool:
    """Whether the text says "in stoppage time" / "Nachspielzeit" without a number."""
    return _STOPPAGE_MARK.search(text) is not None


def _add_plain(found: list[Minute], text: str, match: re.Match, value: int | None) -> None:
    if value is None or not 0 < value <= 130:
        return
    if _RANGE_BEFORE.search(text, max(0, match.start() - 12), match.start()):
        return
    found.append(Minute(match.start(), match.end(), value))


def _without_overlaps(found: list[Minute]) -> list[Minute]:
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    out: list[Minute] = []
    for item in found:
        if out and item.start < out[-1].end:
            last = out[-1]
            if item.paren and last.paren and (item.start, item.end) == (last.start, last.end):
                out.append(item)
            continue
        out.append(item)
    return out


def _int(value: str | None) -> int | None:
    return int(value) if value else None
