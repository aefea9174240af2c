"""`The final of the 2022 edition had been pushed back into the spring`, `das Finale der
Ausgabe 2022`: the season a final belongs to is the edition the text names, not the
year it was played in."""

from __future__ import annotations

import re

from bot.reports.text.holdsany import holds_any

_EDITION = re.compile(
    r"\b(?:final|finale|endspiel)\s+(?:of\s+the|der|des)\s+"
    r"(?:(?P<a>(?:19|20)\d\d)\s+edition|(?:Ausgabe|Auflage)\s+(?P<c>(?:19|20)\d\d))\b",
    re.I,
)
"""Only the final's own edition: `Fluminense won the 2023 edition` names another."""
_KEYS = ("dition", "usgabe", "uflage")  # one in each match of _EDITION


def edition_year(doc, r, stage: str | None, date: str) -> str | None:
    """The one edition year the text names, for the main pair's final played that year
    or the next."""
    if stage != "final" or not holds_any(doc.text, _KEYS):
        return None
    main = doc.cache.get("main")
    if main is None or not r.teams() or set(main.teams() or ()) != set(r.teams()):
        return None
    years = {next(y for y in m.groups() if y) for m in _EDITION.finditer(doc.text)}
    if len(years) != 1:
        return None
    year = years.pop()
    return year if 0 <= int(date[:4]) - int(year) <= 1 else None
