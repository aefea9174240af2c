"""A result told as played `here` (`Arsenal had won 2-0 here in the FA Cup`, `hatte
hier 2:0 gewonnen`, `an gleicher Stelle`) was played where the story's match was: at its
home side's ground, which is one of the result's sides."""

from __future__ import annotations

import re

_HERE_AFTER = re.compile(
    r"^(?:\s+[\w-]+){0,3}?\s+(?:here|hier|at the same ground|an gleicher stelle|"
    r"an selber stelle|am selben ort)\b(?!['’]s)",
    re.I,
)
_HERE_BEFORE = re.compile(r"\b(?:here|hier)(?:\s+[\w-]+){0,2}?\s+(?:mit\s+)?$", re.I)


def here_home(doc, readings: list, main) -> None:
    """Give each result told as played `here` the main match's home side, where that
    side is one of its own (a main match at neutral ground says nothing)."""
    if main is None or main.home not in (main.teams() or ()):
        return
    for r in readings:
        if r is main or r.home is not None or main.home not in (r.teams() or ()):
            continue
        end = min(r.sentence.end, r.hit.end + 50)
        after = re.split(r"[,;.:]", doc.text[r.hit.end : end])[0]
        start = max(r.sentence.start, r.hit.start - 30)
        before = re.split(r"[,;.:]", doc.text[start : r.hit.start])[-1]
        if _HERE_AFTER.match(after) or _HERE_BEFORE.search(before):
            r.home = main.home
