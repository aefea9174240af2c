"""`Eine Woche zuvor hatte Werder im eigenen Weserstadion mit 0:1 verloren`: in a
two-legged story, a result its own clause puts days or a week before, in the
pluperfect, is the tie's first leg, even where it is the only result the reader finds
(the story's own leg told without names: `drehten die Gäste die Partie`); taken for
the story's match it became the second leg, with the story's date."""

from __future__ import annotations

import re

from bot.reports.matches.reading import Reading
from bot.reports.text.clausecuts import clause_cuts
from bot.reports.text.holdsany import holds_any

_DAYS_BACK = re.compile(
    r"\b(?:(?:eine|einer|zwei|drei|vier|fünf|sechs|sieben|acht|\d+)\s+(?:Woche|Wochen|Tage)\s+"
    r"(?:zuvor|vorher|davor|früher)|vor (?:einer|zwei|drei|\w+) (?:Woche|Wochen|Tagen)|"
    r"in der Vorwoche|(?:a|one|two|three|four|five|six|seven|eight|\d+)\s+(?:week|weeks|days)"
    r"\s+(?:earlier|before|ago)|last week|the previous week|the week before)\b",
    re.IGNORECASE,
)
_PLUPERFECT = re.compile(r"[Hh][Aa](?<!\w[Hh][Aa])(?:[Dd]|[Tt][Tt][Ee]|[Tt][Tt][Ee][Nn])\b")
"""`\\b(?:had|hatte|hatten)\\b` with re.I, spelt out in both cases (no other character
folds onto these letters) and opened on the letter h, the word boundary asked by a
look-behind once `ha` stands: `re` skips in C to an h, and the matches are the same."""
_KEYS = ("woche", "tage", "week", "days")


def told_days_before(r: Reading) -> bool:
    """Whether the reading's clause tells its result as days or a week before, in the
    pluperfect (`A week earlier, Werder had lost 1-0 at home`)."""
    text = r.sentence.text
    low = text.lower()
    if not holds_any(low, _KEYS):
        return False
    at = r.hit.start - r.sentence.start
    bounds = [0, *clause_cuts(text), len(text)]
    lo = max(b for b in bounds if b <= at)
    hi = min(b for b in bounds if b > at)
    # a lead-in clause counts too: `A week earlier, Werder had lost 1-0 at home`
    return bool(_DAYS_BACK.search(text, 0, hi) and _PLUPERFECT.search(text, lo, hi))


_RELATIVE = re.compile(r"(?:,\s+(?:die|der|den|dem)|\b(?:who|which))\s+[^,.;:]*$")


def told_days_back(r: Reading) -> bool:
    """Whether a relative clause tells the reading's result days or weeks back (`gegen
    eine Mannschaft, die eine Woche zuvor mit einem 2:1 gegen Cottbus Meister geworden
    war`): a result of another day told of a side, not the story's own match."""
    text = r.sentence.text
    if not holds_any(text.lower(), _KEYS):
        return False
    at = r.hit.start - r.sentence.start
    phrase = _DAYS_BACK.search(text, 0, at)
    return phrase is not None and _RELATIVE.search(text, 0, phrase.start()) is not None
