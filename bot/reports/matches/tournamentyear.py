"""`beat Belgium 3-1 in the quarter-final of Euro 2016`, `im Achtelfinale der WM 2014`: a
year that is part of a tournament's name, of the dateline's year or the one before (Euro
2020 was played in 2021), tells the tournament, not another time of the story."""

from __future__ import annotations

import re

from bot.reports.matches.resultchecks import OTHER_TIME
from bot.reports.matches.titleyears import title_year_spans
from bot.reports.patterns.keyed import holds

_NAMED_YEAR = re.compile(
    r"\b(?:Euro|EURO|EM|WM|World Cup|Weltmeisterschaft|Europameisterschaft|Copa Am[eé]rica|"
    r"Gold Cup|Asian Cup|Asienmeisterschaft|Africa Cup of Nations|Afrika-Cup)"
    r"(?:-Endrunde)?\s+((?:19|20)\d\d)\b"
)

_OTHER_TIME_KEYS = ("19", "20", " ago", "last year", "last season", "jahr", "saison")
"""Every OTHER_TIME match holds one of these, lower-cased: most sentences hold none, and
its `\\w+ (?:years?|seasons?) ago` is tried at every word (40,000-70,000 instructions a
sentence)."""


def other_time_told(text: str, published: str | None) -> bool:
    """OTHER_TIME, leaving out a tournament's own year near the dateline's and the
    years of a side's earlier titles."""
    if not holds(text, _OTHER_TIME_KEYS) or not OTHER_TIME.search(text):
        return False
    if not published:
        return True
    year = int(published[:4])
    spans = [m.span(1) for m in _NAMED_YEAR.finditer(text) if 0 <= year - int(m.group(1)) <= 1]
    spans += [s for s in title_year_spans(text) if int(text[s[0] : s[1]]) < year]
    if not spans:
        return True
    return any(m.span() not in spans for m in re.finditer(r"\b(?:19|20)\d\d\b", text)) or bool(
        _OTHER_WORDS.search(text)
    )


_OTHER_WORDS = re.compile(
    r"\b(?:\w+ (?:years?|seasons?) ago|last (?:year|season)|vor (?:\w+ )?(?:jahren|jahr|"
    r"saisons?)|im vorjahr|in der vorsaison)\b",
    re.I,
)
