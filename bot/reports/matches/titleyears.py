"""Years of a side's earlier titles told beside today's result (`holten nach 1992 und
2015 ihren dritten Titel`, `the first title since the 1968 championship`): they count
the titles, so they tell no other time of the result beside them."""

from __future__ import annotations

import re

_YEAR = r"(?:19|20)\d\d"
_YEARS = rf"{_YEAR}(?:\s*(?:,|und|and)\s*{_YEAR})*"
_NTH_DE = r"(?:zweiten|dritten|vierten|fünften|sechsten|siebten|achten|neunten|zehnten|\d{1,2}\.)"
_NTH_EN = r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))"
_TITLE_DE = r"(?:Titel|Triumph|Stern|Pokalsieg|Meistertitel|Meisterschaft|Pokal)"
_TITLE_EN = r"(?:title|crown|trophy|championship|cup|triumph|star)s?"
_NOT_TOLD = r"(?!\s*,?\s*(?:als|wo|in dem|in der|das|die|when|where|which|in which|as)\b)"
"""`seit 2014, als ...`, `since 2014, when ...`: the year's own result follows."""

_COUNTED = re.compile(
    rf"\b(?:ersten?|first)\s+(?:[\w-]+\s+){{0,5}}?(?:seit|since)\s+"
    rf"(?:(?:der|dem|den|des|die|the)\s+(?:[\w-]+\s+){{0,3}}?)?{_YEAR}\b{_NOT_TOLD}"
    rf"|\bnach\s+{_YEARS}\s+(?:[\w-]+\s+){{0,2}}?{_NTH_DE}\s+(?:[\w-]+\s+){{0,2}}?{_TITLE_DE}\b"
    rf"|\b{_NTH_DE}\s+(?:[\w-]+\s+){{0,2}}?{_TITLE_DE}\s+nach\s+{_YEARS}\b{_NOT_TOLD}"
    rf"|\b{_NTH_EN}\s+(?:[\w-]+\s+){{0,2}}?{_TITLE_EN}\s+(?:[\w-]+\s+){{0,2}}?after\s+"
    rf"(?:(?:wins|titles|triumphs)\s+in\s+)?{_YEARS}\b{_NOT_TOLD}"
    rf"|\bafter\s+{_YEARS}\s*,?\s+(?:[\w-]+\s+){{0,2}}?{_NTH_EN}\s+(?:[\w-]+\s+){{0,2}}?{_TITLE_EN}\b",
    re.I,
)


def title_year_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the years that count a side's earlier titles in `text`."""
    if "seit" not in text and "since" not in text and "nach" not in text and "after" not in text:
        return []
    return [
        year.span()
        for told in _COUNTED.finditer(text)
        for year in _YEAR_RE.finditer(text, told.start(), told.end())
    ]


_YEAR_RE = re.compile(rf"\b{_YEAR}\b")
