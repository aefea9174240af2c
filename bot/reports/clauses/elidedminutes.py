"""German minutes told without their noun after one told in full (`Boateng traf in der 12.
Minute, Ribéry in der 50. und Robben in der 60.`), each later than the one before."""

from __future__ import annotations

import re

_FULL = re.compile(r"\b(?:in|nach) der (\d{1,3})\. Minute\b")
_ELIDED = re.compile(r"in der (\d{1,3})\.(?=\s+(?:und|sowie)\s|\s*[,;)]|\s*$|\s+[A-ZÄÖÜ])")
_REACH = 60


def elided_minutes(text: str) -> list[tuple[int, int, int]]:
    """(start, end, minute) of each `in der 50.` that runs on a list opened by `in der 12.
    Minute` in the same sentence: no full stop, colon or other mark between them, and the
    minutes rising, so an ordinal of a league or a round is never taken for one."""
    if ". Minute" not in text:
        return []
    found = []
    for full in _FULL.finditer(text):
        last, pos = int(full.group(1)), full.end()
        while True:
            hit = _ELIDED.search(text, pos, pos + _REACH)
            if hit is None or any(mark in text[pos : hit.start()] for mark in ".!?:()"):
                break
            value = int(hit.group(1))
            if not last < value <= 130:
                break
            found.append((hit.start(), hit.end(), value))
            last, pos = value, hit.end()
    return found
