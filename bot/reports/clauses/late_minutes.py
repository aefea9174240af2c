"""Time idioms beyond the plain minute phrases: late in a match or in extra time ("four
minutes into stoppage time", "with two minutes of extra time left", "in stoppage time at
the end of the first period of extra time"), and "on the hour", "20 minutes in",
"in Minute 67"."""

from __future__ import annotations

import re

from bot.reports.clauses.pastninety import past_ninety
from bot.reports.patterns.keyed import lower_exact

_WORD = r"[A-Za-zäöüß]++(?:-[a-zäöüß]++)?+"
"""A word, possessive: what follows it in every pattern is a space, which no letter or
hyphen of it could give back, so no match changes and no word is tried again shorter."""
INTO_STOPPAGE_EN = re.compile(
    r"\b(?P<n>\d{1,2}|" + _WORD + r")\s+minutes?\s+into\s+(?P<half>first[- ]half\s+)?"
    r"(?:stoppage|injury|added)[- ]time",
    re.I,
)
_OF_EXTRA_TIME = re.compile(
    r"\s+(?:at the end of|in|of)\s+(?:the\s+(?P<period>first|second)\s+(?:period|half)\s+of\s+)?"
    r"extra[- ]time\b",
    re.I,
)
_FIRST_HALF_END = re.compile(
    r"\s+(?:at the end of the (?:first )?half|before (?:half-?time|the (?:break|interval))|"
    r"(?:at|in) the end of the first half|of the first half)\b",
    re.I,
)
"""`in the first minute of stoppage time at the end of the half`: 45+1, not 90+1."""
EXTRA_LEFT = re.compile(
    r"\bwith\s+(?P<n>\d{1,2}|" + _WORD + r")\s+minutes?\s+(?:of\s+extra[- ]time\s+"
    r"(?:left|remaining|to\s+go|to\s+play)|(?:left|remaining|to\s+go|to\s+play)\s+(?:in|of)\s+"
    r"extra[- ]time)\b|\b(?P<m>\d{1,2}|" + _WORD + r")\s+(?:minutes?\s+from\s+the\s+end\s+of\s+"
    r"extra[- ]time|Minuten?\s+vor\s+(?:dem\s+Ende|Schluss)\s+der\s+Verlängerung)\b",
    re.I,
)

INTO_EXTRA = re.compile(
    r"\b(?P<n>\d{1,2}|" + _WORD + r")\s+(?:minutes?\s+into\s+(?P<second>the\s+second\s+"
    r"(?:half|period)\s+of\s+)?extra[- ]time|Minuten?\s+nach\s+(?:Beginn|Anpfiff)\s+der\s+"
    r"(?P<zweite>zweiten\s+Hälfte\s+der\s+)?Verlängerung)\b",
    re.I,
)
"""`five minutes into extra time`: 95; into its second half, 105 and on."""


def _into_extra(text: str) -> list[re.Match]:
    """`INTO_EXTRA.finditer(text)`, tried only just before each `minut`: a whole-text
    search tries the pattern at every word.

    Exact: every match is a number or word, whitespace, then `minute(s)`/`Minute(n)`, so
    it holds `minut` (re.I; `lower_exact` is None where re.I folds a letter lower() keeps
    apart, as `ı` or `İ` onto `i`, and the whole text is searched then). Its number or
    word holds no whitespace (\\s is exactly str.isspace) and ends where the whitespace
    before that `minut` begins, so the match starts in the run of non-space characters
    right before it; tried there in order from the last match's end, the first that
    matches is the one finditer finds, with each run after the one before."""
    low = lower_exact(text)
    if low is None:
        return list(INTO_EXTRA.finditer(text))
    found: list[re.Match] = []
    done = 0
    at = low.find("minut")
    while at != -1:
        gap = at
        while gap > done and text[gap - 1].isspace():
            gap -= 1
        if gap < at:
            run = gap
            while run > done and not text[run - 1].isspace():
                run -= 1
            for start in range(run, gap):
                match = INTO_EXTRA.match(text, start)
                if match is not None:
                    found.append(match)
                    done = match.end()
                    break
        at = low.find("minut", max(at + 1, done))
    return found


_NEEDED = re.compile(
    r"\bbrauchte[n]?\s+(?:[\w-]+\s+){1,6}?(?P<span>(?:nur\s+|gerade\s+(?:einmal\s+|mal\s+)?|"
    r"lediglich\s+)?(?P<n>\d{1,3}|" + _WORD + r")\s+Minuten)\b"
    r"(?=[^.;]{0,60}\b(?:Treffer|Tor|Führung|\d:\d|egalisier\w*|treffen|erzielen)\b)|"
    r"\btook\s+(?:[\w'’-]+\s+){1,4}?(?P<span2>(?:only\s+|just\s+|barely\s+)?"
    r"(?P<m>\d{1,3}|" + _WORD + r")\s+minutes)\s+(?:to|before)\b"
    r"(?=[^.;]{0,40}\b(?:scor\w*|lead|deadlock|goal|net|equali[sz]\w*|level|ahead|front))"
)
"""`brauchte die Mannschaft von Hansi Flick nur vier Minuten`, `it took Bayern just four
minutes to`: the time of the first goal, told with the side between."""


def _needed(text: str) -> list[re.Match]:
    """`_NEEDED.finditer(text)`, tried only where `brauchte` or `took` stands. Exact: the
    pattern has no re.I and each of its matches opens with one of them; `match` there
    sees the text before for `\\b`, and trying them in order from the last match's end
    finds what finditer finds."""
    found: list[re.Match] = []
    at = _next_needed(text, 0)
    while at != -1:
        match = _NEEDED.match(text, at)
        if match is not None:
            found.append(match)
        at = _next_needed(text, match.end() if match is not None else at + 1)
    return found


def _next_needed(text: str, start: int) -> int:
    """Where `brauchte` or `took` stands first from `start` (-1: nowhere)."""
    one, two = text.find("brauchte", start), text.find("took", start)
    return one if two == -1 or 0 <= one < two else two


_HALF_STOPPAGE = re.compile(
    r"\bin\s+(?:first[- ]half\s+(?:stoppage|injury|added)[- ]time|(?:stoppage|injury|added)"
    r"[- ]time\s+(?:of|at\s+the\s+end\s+of)\s+the\s+first\s+half)\b(?!\s*\(\d)",
    re.I,
)
"""`in first-half stoppage time`: minute 45, the added minutes not told."""
_HALF_STOPPAGE_AT = re.compile(r"in\s+(?:first[- ]half\s+)?(?:stoppage|injury|added)")
"""Where a `_HALF_STOPPAGE` match may start, in the lower-cased text: its opening without
`\\b` and re.I (a pattern led by the plain `in`, which `re` looks for fast)."""


def _half_stoppage(text: str) -> list[re.Match]:
    """`_HALF_STOPPAGE.finditer(text)`, tried only where `_HALF_STOPPAGE_AT` finds a start.

    Exact: each match opens with `in`, whitespace and `first-half` or the stoppage word,
    which the lower-cased text holds at the same place (`lower_exact` is None where re.I
    folds a letter lower() keeps apart, as `ı` onto `i`, and the whole text is searched
    then); every place the opening stands is tried in order from the last match's end."""
    low = lower_exact(text)
    if low is None:
        return list(_HALF_STOPPAGE.finditer(text))
    found: list[re.Match] = []
    at = _HALF_STOPPAGE_AT.search(low)
    while at is not None:
        match = _HALF_STOPPAGE.match(text, at.start())
        if match is not None:
            found.append(match)
        at = _HALF_STOPPAGE_AT.search(low, match.end() if match is not None else at.start() + 1)
    return found


_HALF_STOPPAGE_DE = re.compile(
    r"\bin\s+der\s+Nachspielzeit\s+(?:der\s+ersten\s+(?:Halbzeit|Hälfte|Spielhälfte)|"
    r"des\s+ersten\s+(?:Durchgangs|Abschnitts)|vor\s+der\s+Pause)\b(?![^.;()]{0,40}\(\d)"
)
"""`in der Nachspielzeit der ersten Halbzeit`: minute 45, as `in first-half stoppage time`."""
_INTO_IT = re.compile(r",?\s+(?P<n>\d{1,2}|[a-z]+)\s+minutes?\s+into\s+it\b")
"""`in first-half stoppage time, two minutes into it`: how far into it, its added time."""
_HOUR = re.compile(r"\b[Oo]n\s+the\s+(?P<hour>hour|half[- ]hour)(?:\s+mark)?\b")
IDIOM = re.compile(
    r"\b(?P<n>\d{1,3}|" + _WORD + r")\s+minutes\s+in\b(?=\s*[,.;]|\s+(?:when|as|and|but)\b)|"
    r"\b[Ii]n\s+(?:der\s+)?[Mm]inute\s+(?P<m>\d{1,3})\b",
)


def stoppage_base(text: str, end: int) -> int | None:
    """After "the first minute of stoppage time": 105 or 120 where it goes on "at the end
    of the first (second) period of extra time", None where it says nothing of extra time."""
    extra = _OF_EXTRA_TIME.match(text, end)
    if extra is None:
        return 45 if _FIRST_HALF_END.match(text, end) else None
    return 105 if extra.group("period") == "first" else 120


_PERIOD_DE = re.compile(
    r"\s+(?:der|des)\s+(?:(?P<first>ersten\s+(?:Halbzeit|Hälfte|Spielhälfte)|ersten\s+Durchgangs)"
    r"(?P<extra1>\s+der\s+Verlängerung)?|(?P<extra>Verlängerung))\b"
)


def stoppage_base_de(text: str, end: int) -> int:
    """After `in der zweiten Minute der Nachspielzeit`: 120 where it goes on `der
    Verlängerung`, 105 for `der ersten Halbzeit der Verlängerung`, 45 for `der ersten
    Halbzeit`; else the end of normal time, 90."""
    period = _PERIOD_DE.match(text, end)
    if period is None:
        return 90
    if period.group("extra"):
        return 120
    return 105 if period.group("extra1") else 45


_EXTRA_BEFORE = re.compile(r"\bextra[- ]time\b[^.;!?]*$", re.I)


def _in_extra_time(text: str, start: int, value: int) -> int | None:
    """`The game went into extra time at 2-2, and the winner, when it came six minutes
    in, ...`: minutes counted in a sentence that has gone into extra time are counted
    from its start (96); past a period of it, the phrase says no minute."""
    if _EXTRA_BEFORE.search(text, max(0, start - 160), start) is None:
        return value
    return 90 + value if value <= 15 else None


def late_times(text: str, lang: str, each, number) -> list[tuple[int, int, int, int | None]]:
    """(start, end, minute, added) of every late time phrase; `each` walks a pattern over
    the text's minute stretches and `number` reads a number word (both from `minutes`)."""
    found = []
    for match in each(INTO_STOPPAGE_EN) if lang != "de" else ():
        added = number(match.group("n"), "en")
        if added is not None and 0 < added < 20:
            base = 45 if match.group("half") else 90
            found.append((match.start(), match.end(), base, added))
    for match in _into_extra(text) if "xtra" in text or "Verlängerung" in text else ():
        value = number(match.group("n"), lang)
        if value is not None and 0 < value <= 15:
            base = 105 if match.group("second") or match.group("zweite") else 90
            found.append((match.start(), match.end(), base + value, None))
    for match in _needed(text):
        value = number(match.group("n") or match.group("m"), lang)
        if value is not None and 0 < value <= 120:
            span = "span" if match.group("span") else "span2"
            found.append((match.start(span), match.end(span), value, None))
    for match in each(EXTRA_LEFT):
        left = number(match.group("n") or match.group("m"), lang)
        if left is not None and 0 < left < 15:
            found.append((match.start(), match.end(), 120 - left, None))
    for match in each(IDIOM):
        value = number(match.group("n") or match.group("m"), lang)
        if value is not None and match.group("n") and "xtra" in text:
            value = _in_extra_time(text, match.start(), value)
        if value is not None and 0 < value <= 130:
            found.append((match.start(), match.end(), value, None))
    if lang != "de" and ("stoppage" in text or "injury" in text or "added" in text):
        for m in _half_stoppage(text):
            into = _INTO_IT.match(text, m.end())
            added = number(into.group("n"), lang) if into else None
            if added is not None and 0 < added < 15:
                found.append((m.start(), into.end(), 45, added))
            else:
                found.append((m.start(), m.end(), 45, None))
    for match in _HALF_STOPPAGE_DE.finditer(text) if "Nachspielzeit" in text else ():
        found.append((match.start(), match.end(), 45, None))
    for match in _HOUR.finditer(text) if "hour" in text and lang != "de" else ():
        value = 60 if match.group("hour") == "hour" else 30
        found.append((match.start(), match.end(), value, None))
    found.extend(past_ninety(text, lang, number))
    return found
