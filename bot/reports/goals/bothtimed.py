"""`Mount und Giroud trafen in der Nachspielzeit der ersten Halbzeit`, `X and Y scored in
first-half stoppage time`: a stoppage time told without its added minutes is a stretch,
not one minute, so two scorers joined before a plural goal verb both scored in it."""

from __future__ import annotations

import re

_STRETCH = re.compile(r"Nachspielzeit|stoppage|injury|added", re.I)
_JOINED = re.compile(r"\s+(?:and|und)\s+")
_PLURAL = re.compile(r"\s+(?:both\s+)?(?:scored|netted|struck|trafen|erzielten|netzten)\b")


def both_in_stretch(text: str, found, minutes) -> list:
    """The (candidate, minute) pairs of the two joined scorers, or none."""
    if len(minutes) != 1 or minutes[0].added is not None or minutes[0].paren:
        return []
    minute = minutes[0]
    if not _STRETCH.search(text, minute.start, minute.end):
        return []
    named = [c for c in found if c.name and c.eligible and c.end <= minute.start]
    if len(named) != 2 or not _JOINED.fullmatch(text, named[0].end, named[1].start):
        return []
    if not _PLURAL.match(text, named[1].end):
        return []
    return [(named[0], minute), (named[1], minute)]
