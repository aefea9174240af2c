"""`At Villa Park: Portugal 0 Czech Republic 1 (Poborsky 53)`, `Germany 2 (Klinsmann 20
pen, Sammer 59) Croatia 1 (Suker 51)`: a results box line with each side's scorers and
minutes in brackets after its goals, home side first. Only a bracket that is a list of
names (each with its minute, or some told without: `Romania 1 (Raducioiu) Spain 2
(Manjarin, Amor 84)`, where the line gives some minute) counts: `(Inter win 3-1 on
aggregate)` or `(after extra time; ...)` are no scorers."""

from __future__ import annotations

import re

_MINUTE = r"\d{1,3}(?:\+\d{1,2})?'?(?: (?:pen|og|o\.g\.))?"
_NAME = r"[A-ZÀ-Þ][^()\d,;]{0,30}"
_SCORERS = (
    r"\((?:" + _NAME + r"(?: " + _MINUTE + r")?|" + _MINUTE + r")"
    r"(?:,\s*(?:" + _NAME + r"(?: " + _MINUTE + r")?|" + _MINUTE + r"))*\)"
)
_GAP = re.compile(r" (\d{1,2})(?: " + _SCORERS + r")? ")
_END = re.compile(r" (\d{1,2})(?: " + _SCORERS + r")?\s*")
_ANY_MINUTE = re.compile(r"[ (,]" + _MINUTE + r"[,)]")


def scorer_box_line(gap: str, after: str) -> tuple[int, int] | None:
    """(home goals, away goals) of such a line, from the text between the two names and
    after the second; None unless at least one side's scorers are bracketed."""
    home, away = _GAP.fullmatch(gap), _END.fullmatch(after)
    if home is None or away is None or "(" not in gap + after:
        return None
    if not _ANY_MINUTE.search(gap + after):
        return None  # a name alone in brackets may be a ground (`France 1 (Lens)`)
    return int(home.group(1)), int(away.group(1))
