"""`die deutsche Nationalmannschaft`: a national team told in German by its adjective,
found with a cheap look first, since the case-insensitive pattern is slow and most texts
hold none of its nouns."""

from __future__ import annotations

import re

from bot.reports.names.nationalities import COUNTRIES
from bot.reports.patterns.keyed import lower_exact
from bot.reports.patterns.spots import within_runs
from bot.reports.text.holdsany import holds_any

NATIONAL_DE = re.compile(
    r"\b(?P<adj>" + "|".join(c[0] for c in COUNTRIES.values()) + r")(?:e|en|er|es)\s+"
    r"(?:A-)?(?:Fußball-)?(?:Nationalmannschaft|Nationalelf|Nationalteam)\b",
    re.I,
)


def national_de(text: str):
    """NATIONAL_DE.finditer(text), searched only in the runs of word characters, spaces
    and `-` that hold one of its nouns (spots.within_runs: each match is such a run's
    piece holding a noun, and ends on `\b`), where lower() and re.I agree on the text."""
    low = lower_exact(text)
    if low is None:
        return NATIONAL_DE.finditer(text)
    return within_runs(
        NATIONAL_DE, text, low, ("nationalmannschaft", "nationalelf", "nationalteam")
    )


def may_national(text: str) -> bool:
    """Whether NATIONAL_DE (case-insensitive, slow) can match: each of its matches holds
    one of its nouns in some case; `ı`, `ſ` and `İ` (lower-cased with a combining dot)
    are letters re.IGNORECASE folds that lower() does not."""
    low = text.lower()
    if "nationalmannschaft" in low or "nationalelf" in low or "nationalteam" in low:
        return True
    return not low.isascii() and holds_any(low, "ıſ\u0307")
