"""`Manchester City are Premier League champions after a 2-0 victory over West Ham`,
`Bayern ist DFB-Pokal-Sieger nach einem 2:1 gegen Dortmund`: a title won by the result
told right after it names that result's competition, not only a side's title."""

from __future__ import annotations

import re

_BECAME = re.compile(
    r"\b(?:are|is|became|become|were crowned|are crowned|was crowned|sind|ist|wurde|wurden)"
    r"\s+(?:the\s+|der\s+|neuer\s+|new\s+)?$",
    re.I,
)
_TITLE = re.compile(r"(?:-?(?:Sieger|Gewinner|Meister|Champion)\w*|\s+(?:winners|champions))\b")
_BY_RESULT = re.compile(
    r"[^.;:!?]{0,60}?\b(?:(?:after|following|thanks to|nach)\s+(?:a|an|the|their|its|einem|"
    r"dem)\s+(?:[\w-]+\s+){0,2}|(?:having\s+(?:beaten|defeated|overcome|edged)|beating|"
    r"defeating|overcoming|edging)\s+(?:[\w'’.-]+\s+){1,4})\d{1,2}\s?[-:]\s?\d{1,2}\b",
    re.I,
)
"""`after a 2-0 victory`, `nach einem 2:1`, `for the first time, having beaten Newell's Old
Boys 3-2 on penalties`, `, beating Urawa 2-0`: the result that won the title."""


def title_by_result(text: str, m) -> bool:
    """Whether the competition mention `m` is a title the sentence's result decided."""
    if not _BECAME.search(text, max(0, m.start - 30), m.start):
        return False
    title = _TITLE.match(text, m.end)
    if title is None:
        compound = re.search(r"-(?:Sieger|Gewinner|Meister|Champion)\w*$", text[m.start : m.end])
        if compound is None:
            return False
        end = m.end
    else:
        end = title.end()
    return _BY_RESULT.match(text, end) is not None
