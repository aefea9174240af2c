"""A tournament named by its host and a two-digit year (`at Italia 90`, `bei der WM 90`,
`Euro 96`, `USA 94`): the result told with it is of that edition, not of the story's."""

from __future__ import annotations

import re

_SHORT = re.compile(
    r"\b(?:Italia|Italy|Italien|USA|France|Frankreich|Mexico|Mexiko|Spain|Spanien|Argentina|"
    r"Argentinien|England|Sweden|Schweden|Chile|Korea|Japan|Germany|Deutschland|Euro|EURO|"
    r"WM|EM)\s?['’]?(\d\d)\b(?![-:.,]?\d)"
)
_EVERY_FOUR = {"FIFA World Cup": 2, "UEFA European Championship": 0}
"""The year of each edition modulo four: World Cups in 1990, 1994; Euros in 1992, 1996."""


def short_edition(text: str, competition: str | None, date: str) -> str | None:
    """The one edition year a sentence names that way, of the competition's years and
    other than the date's; else None."""
    rest = _EVERY_FOUR.get(competition or "")
    if rest is None:
        return None
    years = set()
    for m in _SHORT.finditer(text):
        two = int(m.group(1))
        year = 1900 + two if two >= 30 else 2000 + two
        if year % 4 == rest and str(year) != date[:4]:
            years.add(str(year))
    return years.pop() if len(years) == 1 else None
