"""A main match told as a league matchday's (`an diesem letzten Spieltag`), whose stage
no relegation named elsewhere in the report sets."""

from __future__ import annotations

import re

from bot.reports.text.document import Document

_MATCHDAY = re.compile(
    r"\b(?:letzten|finalen|\d+\.)\s+Spieltag\w*|\b(?:final|last) day of the season\b|"
    r"\b(?:final|last) matchday\b",
    re.I,
)


def league_matchday(doc: Document, main) -> bool:
    """`an diesem letzten Spieltag ... 2:1 gegen Gladbach`: the main match is a league
    matchday's, so `Relegation` told elsewhere (`hatte sich zweimal in der Relegation
    gerettet`) is no stage of it."""
    start = max(0, main.sentence.start - 400)
    return _MATCHDAY.search(doc.text, start, main.sentence.end) is not None
