"""`Erst im Mai war der Abstieg besiegelt. Am letzten Spieltag hatten die Hamburger ... 2:1
geschlagen` in a report of August: a result told in the pluperfect beside a month before the
summer, in a report from after it, is of the season before, when a club may have played in
another league (relegated, promoted), so the report's own league is no guess for it."""

from __future__ import annotations

import re

from bot.reports.matches.mainmatch import index_of

_MONTH = re.compile(
    r"\b(?:[Ii]n|[Ii]m|[Ss]eit|[Ss]ince|[Ll]ast|[Bb]ack in)\s+(?:(?:early|late|mid-)\s*)?"
    r"(?:January|February|March|April|May|June|Januar|Jänner|Februar|März|Mai|Juni)\b"
)
_PAST = re.compile(r"\b(?:had|hatte|hatten)\b")


def before_season_turn(doc, r) -> bool:
    """Whether the result, undated, is told in the pluperfect with a month of the first half
    of the year in its sentence or the one before, in a report of July to October: its
    season would be counted from the report's day, one too late."""
    published = doc.published or ""
    if r.date is not None:
        return False  # dated by its own month: its season is counted from that
    if len(published) < 7 or not 7 <= int(published[5:7]) <= 10:
        return False
    text = r.sentence.text
    if not _PAST.search(text):
        return False
    if _MONTH.search(text):
        return True
    index = index_of(doc, r)
    if not 0 < index < len(doc.sentences):
        return False
    return _MONTH.search(doc.sentences[index - 1].text) is not None
